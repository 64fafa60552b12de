package se.remiss.granskning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The head of the audit chain: the last event's id and hash (one row, id 1). */
@Entity
public class Granskningskedja extends PanacheEntityBase {

    public static final int HUVUD = 1;

    @Id
    public Integer id;

    public long senasteId;
    public String senasteHash;
}
