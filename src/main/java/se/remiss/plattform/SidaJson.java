package se.remiss.plattform;

import java.util.List;

/** A page of a list in the JSON API. */
public record SidaJson<T>(List<T> rader, int sida, int storlek, long totalt, int antalSidor) {

    public static <T> SidaJson<T> av(Sida<T> s) {
        return new SidaJson<>(s.rader(), s.sida(), s.storlek(), s.totalt(), s.antalSidor());
    }
}
