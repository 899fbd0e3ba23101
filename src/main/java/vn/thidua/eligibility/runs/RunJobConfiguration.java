package vn.thidua.eligibility.runs;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilder;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.facts.FactGroups;

import java.time.Clock;
import java.util.List;

/**
 * A run as the Spring Batch job {@code eligibilityRun} (eligibility.runs.mode other than
 * {@code in-process}): the step {@code evaluate} cuts the run into partitions ({@link RunPartitioner})
 * that the step {@code partition} evaluates ({@link PartitionTasklet}), on this instance's threads or,
 * in {@code remote} mode, on the worker instances that take them from a RabbitMQ queue; the manager
 * learns their ends from the shared job repository. The step {@code complete} then ends the run
 * ({@link CompleteRunTasklet}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(RunJobConfiguration.PARTITIONED)
class RunJobConfiguration {
    static final String PARTITIONED = "'${eligibility.runs.mode:in-process}' != 'in-process'";
    static final String JOB = "eligibilityRun";
    /** The worker step's name: the manager's requests name it, the workers look it up by it. */
    static final String PARTITION = "partition";

    @Bean
    Job eligibilityRun(JobRepository repository, Step evaluate, Step complete) {
        return new JobBuilder(JOB, repository).start(evaluate).next(complete).build();
    }

    @Bean
    Step complete(JobRepository repository, PlatformTransactionManager transactions, RunJobs jobs, RuleEngine engine,
                  DecisionStore store, PartitionRows rows, RankingInputs rankingInputs, Runs runs,
                  ApplicationEventPublisher events, Clock clock) {
        return new StepBuilder("complete", repository)
                .tasklet(new CompleteRunTasklet(jobs, engine, store, rows, rankingInputs, runs, events, clock), transactions)
                .build();
    }

    @Bean
    PartitionTasklet partitionTasklet(RunJobs jobs, RunExecutor executor, RuleEngine engine, PartitionRows rows,
                                      RankingInputs rankingInputs) {
        return new PartitionTasklet(jobs, executor, engine, rows, rankingInputs);
    }

    @Bean
    RunPartitioner runPartitioner(FactGroups factGroups, RunSettings settings) {
        return new RunPartitioner(factGroups, settings.unitsPerGroup());
    }

    /** Partitions on this instance's own threads. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "eligibility.runs.mode", havingValue = "local-partitions")
    static class Local {
        @Bean
        Step evaluate(JobRepository repository, RunPartitioner partitioner, Step partition, RunJobSettings settings) {
            return new StepBuilder("evaluate", repository).partitioner(PARTITION, partitioner).step(partition)
                    .gridSize(settings.partitions()).taskExecutor(partitionPool(settings)).build();
        }

        @Bean
        Step partition(JobRepository repository, PlatformTransactionManager transactions, PartitionTasklet tasklet) {
            return new StepBuilder(PARTITION, repository).tasklet(tasklet, transactions).build();
        }

        private static ThreadPoolTaskExecutor partitionPool(RunJobSettings settings) {
            ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutorBuilder().corePoolSize(settings.partitionThreads())
                    .maxPoolSize(settings.partitionThreads()).threadNamePrefix("eligibility-partition-").build();
            pool.setDaemon(true);
            pool.initialize();
            return pool;
        }
    }

    /** Partitions sent over RabbitMQ; the instances that work take them one at a time. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "eligibility.runs.mode", havingValue = "remote")
    static class Remote {
        @Bean
        Queue partitionQueue(RunJobSettings settings) {
            return new Queue(settings.queue(), true);
        }

        @Bean
        DirectChannel partitionRequests() {
            return new DirectChannel();
        }

        @Bean
        IntegrationFlow partitionsOut(DirectChannel partitionRequests, RabbitTemplate rabbit, RunJobSettings settings) {
            return IntegrationFlow.from(partitionRequests)
                    .handle(Amqp.outboundAdapter(rabbit).routingKey(settings.queue())).get();
        }

        /** The manager waits for its partitions by reading the job repository, not for replies. */
        @Bean
        Step evaluate(JobRepository repository, JobExplorer explorer, RunPartitioner partitioner,
                      DirectChannel partitionRequests, RunJobSettings settings, BeanFactory beans) {
            return new RemotePartitioningManagerStepBuilder("evaluate", repository).beanFactory(beans)
                    .partitioner(PARTITION, partitioner).gridSize(settings.partitions())
                    .outputChannel(partitionRequests).jobExplorer(explorer)
                    .pollInterval(settings.pollInterval().toMillis()).timeout(settings.partitionTimeout().toMillis())
                    .build();
        }
    }

    /** A worker: takes one partition at a time off the queue (prefetch 1, so idle workers get the next). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${eligibility.runs.mode:}' == 'remote' and '${eligibility.runs.role:both}' != 'manager'")
    static class Worker {
        @Bean
        DirectChannel partitionsIn() {
            return new DirectChannel();
        }

        /**
         * A request is acknowledged once its partition has ended: the request of a worker that dies
         * meanwhile goes back to the queue for another worker; one that failed is not sent again.
         */
        @Bean
        IntegrationFlow partitionsFromQueue(ConnectionFactory connections, DirectChannel partitionsIn,
                                            RunJobSettings settings, Queue partitionQueue) {
            SimpleMessageConverter requests = new SimpleMessageConverter();
            requests.setAllowedListPatterns(List.of(StepExecutionRequest.class.getName(), "java.lang.*"));
            return IntegrationFlow.from(Amqp.inboundAdapter(connections, settings.queue()).messageConverter(requests)
                            .configureContainer(c -> c.prefetchCount(1).concurrentConsumers(1).defaultRequeueRejected(false)))
                    .channel(partitionsIn).get();
        }

        @Bean
        Step partition(JobRepository repository, JobExplorer explorer, DirectChannel partitionsIn, BeanFactory beans,
                       PlatformTransactionManager transactions, PartitionTasklet tasklet) {
            return new RemotePartitioningWorkerStepBuilder(PARTITION, repository).inputChannel(partitionsIn)
                    .jobExplorer(explorer).beanFactory(beans).tasklet(tasklet, transactions).build();
        }
    }
}
