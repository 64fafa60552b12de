package se.remiss.plattform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table to export (XLSX sheet or CSV): a name, column headings and rows of typed values. A value
 * is text, a {@link java.time.LocalDate} (a real date in XLSX), a number, a {@link Lank} or null
 * (an empty cell). Built with {@link #rad}; written by {@link Tabellexport}.
 */
public final class Tabell {

    /** A link: its text in the sheet's cell, its absolute address as the cell's hyperlink (and the CSV value). */
    public record Lank(String text, String adress) {
    }

    private final String namn;
    private final List<String> kolumner;
    private final List<List<Object>> rader = new ArrayList<>();

    public Tabell(String namn, String... kolumner) {
        this.namn = Objects.requireNonNull(namn, "namn");
        this.kolumner = List.of(kolumner);
    }

    /** Adds a row; it must have one value per column. */
    public Tabell rad(Object... varden) {
        if (varden.length != kolumner.size()) {
            throw new IllegalArgumentException("Raden har " + varden.length + " värden, tabellen " + kolumner.size()
                    + " kolumner");
        }
        rader.add(Arrays.asList(varden));
        return this;
    }

    public String namn() {
        return namn;
    }

    public List<String> kolumner() {
        return kolumner;
    }

    public List<List<Object>> rader() {
        return rader;
    }
}
