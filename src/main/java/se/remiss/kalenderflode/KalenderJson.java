package se.remiss.kalenderflode;

import java.time.Instant;

/** The JSON shapes of calendar feeds. Names are a contract with integrators: add, never rename. */
public final class KalenderJson {

    private KalenderJson() {
    }

    /** A new feed: what it shows ({@code MINA}, {@code ORGANISATION} or {@code REMISS} with {@code remiss}), a name. */
    public record Ny(Flodestyp typ, Long remiss, String namn) {
    }

    /** A feed as listed; {@code adress} (with the secret token) only in the answer that made it. */
    public record Kalender(Long id, Flodestyp typ, String namn, Long remiss, Instant skapad, Instant aterkallad,
            Instant senastHamtad, boolean aktiv, String adress) {

        static Kalender av(Kalenderprenumeration k, String adress) {
            return new Kalender(k.id, k.typ, k.namn, k.remiss == null ? null : k.remiss.id, k.skapad, k.aterkallad,
                    k.senastHamtad, k.aktiv(), adress);
        }
    }
}
