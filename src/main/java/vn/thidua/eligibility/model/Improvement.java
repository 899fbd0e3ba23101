package vn.thidua.eligibility.model;

/** An item a person is responsible for that scored higher (score/max) than the same code a year before. */
public final class Improvement {
    private final Person person;
    private final Criterion item;
    private final Criterion previous;

    public Improvement(Person person, Criterion item, Criterion previous) {
        this.person = person;
        this.item = item;
        this.previous = previous;
    }

    public Person getPerson() {
        return person;
    }

    public Criterion getItem() {
        return item;
    }

    public Criterion getPrevious() {
        return previous;
    }

    @Override
    public String toString() {
        return item.getCode() + " (" + previous.getScore().toPlainString() + "/" + previous.getMaxScore().toPlainString()
                + " → " + item.getScore().toPlainString() + "/" + item.getMaxScore().toPlainString() + ")";
    }
}
