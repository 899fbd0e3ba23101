package vn.thidua.eligibility.web;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of the whole service on the embedded MariaDB, called through MockMvc. Every such test uses
 * this one configuration so that all share one cached application context: a second context would
 * start a second server on the same data folder.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
public @interface ApiTest {
}
