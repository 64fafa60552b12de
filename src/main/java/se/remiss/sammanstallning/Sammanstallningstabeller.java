package se.remiss.sammanstallning;

import java.util.List;
import se.remiss.plattform.Tabell;

/** The sammanställning's three views as tables: one XLSX sheet each, or one CSV part each. */
public final class Sammanstallningstabeller {

    public static final String MOTTAGARE = "Per mottagare";
    public static final String AVSNITT = "Per avsnitt";
    public static final String ATAGANDEN = "Per åtagande";

    private Sammanstallningstabeller() {
    }

    /** {@code bas}: the application's absolute address, for the links to the signed statements. */
    public static List<Tabell> tabeller(Sammanstallning s, String bas) {
        return List.of(mottagare(s, bas), avsnitt(s), ataganden(s));
    }

    static Tabell mottagare(Sammanstallning s, String bas) {
        Tabell t = new Tabell(MOTTAGARE, "Mottagare", "Mottagarens dnr", "Status", "Ställningstagande",
                "Sista dag kontorsutlåtande", "Utlåtandet inkom", "Utlåtandet", "Sista dag nämndprotokoll",
                "Protokollet inkom", "Protokollet", "Undertecknat utlåtande", "Protokollsutdrag");
        for (Sammanstallning.Mottagarsvar m : s.mottagare()) {
            t.rad(m.organisation(), m.dnr(), m.status(), m.stallningstagandeText(), m.sistaDagKontorsutlatande(),
                    m.utlatandeInkom(), m.utlatandeLage(), m.sistaDagNamndprotokoll(), m.protokollInkom(),
                    m.protokollLage(), m.dokument() == null ? null
                            : new Tabell.Lank("Undertecknat utlåtande", bas + m.dokumentsida()),
                    m.protokolldokument() == null ? null : new Tabell.Lank("Protokollsutdrag", bas + m.protokolldokumentsida()));
        }
        return t;
    }

    static Tabell avsnitt(Sammanstallning s) {
        Tabell t = new Tabell(AVSNITT, "Avsnitt", "Rubrik", "Mottagare", "Hänvisning", "Citerat", "Mening");
        for (Sammanstallning.Avsnittsrad a : s.avsnitt()) {
            for (Sammanstallning.Citering c : a.citeringar()) {
                t.rad(a.nyckel(), a.rubrik(), c.organisation(), c.hanvisning(), c.citerat(), c.mening());
            }
        }
        return t;
    }

    static Tabell ataganden(Sammanstallning s) {
        Tabell t = new Tabell(ATAGANDEN, "Avsnitt", "Åtagande nr", "Åtagande", "Riktat till", "Mottagare",
                "Riktat till mottagaren", "Ställningstagande", "Vad mottagaren skrev om åtagandet");
        for (Sammanstallning.Atagandesvar a : s.ataganden()) {
            for (Sammanstallning.Adressatsvar svar : a.svar()) {
                t.rad(a.avsnitt(), a.nummer(), a.text(), String.join(", ", a.riktadTill()), svar.organisation(),
                        svar.riktat() ? "Ja" : "Nej", svar.stallningstagande(),
                        svar.meningar().isEmpty() ? null : String.join(" ", svar.meningar()));
            }
        }
        return t;
    }
}
