package se.remiss.program;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.remiss.remiss.Remiss;

/**
 * One version of a remiss's programme, parsed into sections, overall goals and commitments.
 * Imported once and never changed: a revised programme is a new version.
 */
@Entity
public class Program extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "program_id", sequenceName = "program_seq", allocationSize = 50)
    @GeneratedValue(generator = "program_id")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Remiss remiss;

    public String titel;

    /** 1, 2, … per remiss. */
    public int version;

    @ManyToOne(fetch = FetchType.LAZY)
    public Program foregaende;

    public String filnamn;
    public String sha256;
    public Instant importerad;

    /** The text was recognised by OCR from a scanned PDF: readers are told to check it against the original. */
    public boolean ocr;

    @ElementCollection
    @CollectionTable(name = "program_mal", joinColumns = @JoinColumn(name = "program_id"))
    @OrderColumn(name = "ordning")
    @Column(name = "text")
    public List<String> mal = new ArrayList<>();

    /** Every section, all levels, in document order. */
    @OneToMany(mappedBy = "program")
    @OrderBy("ordning")
    public List<Programavsnitt> avsnitt = new ArrayList<>();

    public List<Programavsnitt> huvudavsnitt() {
        return avsnitt.stream().filter(a -> a.overordnat == null).toList();
    }

    public static List<Program> forRemiss(Remiss remiss) {
        return list("remiss = ?1 order by version", remiss);
    }

    /** The commitments of this version, in document order, with sections and addressees loaded. */
    public List<Atagande> atagandenIOrdning() {
        return Atagande.list("from Atagande a join fetch a.avsnitt where a.program = ?1 order by a.ordning", this);
    }

    /** The stored version as the parser's model, for comparing versions. */
    public Programstruktur struktur() {
        Map<Long, List<Atagande>> perAvsnitt = atagandenIOrdning().stream()
                .collect(Collectors.groupingBy(a -> a.avsnitt.id));
        Map<Long, List<Programavsnitt>> barn = avsnitt.stream().filter(a -> a.overordnat != null)
                .collect(Collectors.groupingBy(a -> a.overordnat.id));
        Function<Programavsnitt, Avsnitt>[] bygg = new Function[1];
        bygg[0] = a -> new Avsnitt(a.nyckel, a.rubrik, a.text,
                perAvsnitt.getOrDefault(a.id, List.of()).stream()
                        .map(k -> new Krav(k.text, k.adressater.stream().map(x -> x.namn).distinct().toList()))
                        .toList(),
                barn.getOrDefault(a.id, List.of()).stream().map(bygg[0]).toList());
        return new Programstruktur(titel, mal, huvudavsnitt().stream().map(bygg[0]).toList());
    }
}
