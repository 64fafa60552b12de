package se.remiss.plattform;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, numbered from 1. */
public record Sida<T>(List<T> rader, int sida, int storlek, long totalt) {

    public int antalSidor() {
        return (int) Math.max(1, (totalt + storlek - 1) / storlek);
    }

    public boolean harForegaende() {
        return sida > 1;
    }

    public boolean harNasta() {
        return sida < antalSidor();
    }

    public long forstaRad() {
        return totalt == 0 ? 0 : (long) (sida - 1) * storlek + 1;
    }

    public long sistaRad() {
        return Math.min(totalt, (long) sida * storlek);
    }

    public <R> Sida<R> map(Function<T, R> f) {
        return new Sida<>(rader.stream().map(f).toList(), sida, storlek, totalt);
    }

    /** The highest page number: beyond it the row offset of a full page would overflow an int. */
    public static final int MAX_SIDA = Integer.MAX_VALUE / Parametrar.MAX_STORLEK;

    /** Clamps a requested page number to 1…{@link #MAX_SIDA}. */
    public static int sidnummer(Integer begard) {
        return begard == null || begard < 1 ? 1 : Math.min(begard, MAX_SIDA);
    }
}
