package se.remiss.remiss;

import java.time.LocalDate;
import java.util.List;
import se.remiss.diarium.Handling;
import se.remiss.organisation.Organisation;

/** The JSON shapes of the remiss API. Names are a contract with integrators: add, never rename. */
public final class RemissJson {

    private RemissJson() {
    }

    public record OrganisationRef(Long id, String namn) {
        static OrganisationRef av(Organisation o) {
            return o == null ? null : new OrganisationRef(o.id, o.namn);
        }
    }

    public record HandlaggareRef(Long id, String anvandarnamn, String namn) {
    }

    public record Mottagare(Long id, OrganisationRef organisation, String dnr, MottagarStatus status,
            String statusText, HandlaggareRef handlaggare, LocalDate sistaDagKontorsutlatande,
            LocalDate sistaDagNamndprotokoll, Long dagarKvar, boolean forsenad, long version,
            LocalDate utlatandeInskickat, String utlatande, Utlatandeskede utlatandeskede, String utlatandeskedeText,
            String utlatandeTid, String protokollsutdrag, LocalDate protokollInkommet, String protokollTid,
            LocalDate overklagandeTill, Svar svar) {

        static Mottagare av(Remissmottagare m, LocalDate idag) {
            Frist frist = m.frist(idag);
            HandlaggareRef h = m.handlaggare == null ? null
                    : new HandlaggareRef(m.handlaggare.id, m.handlaggare.anvandarnamn, m.handlaggare.namn);
            return new Mottagare(m.id, OrganisationRef.av(m.organisation), m.dnr(), m.status, m.status.etikett, h,
                    m.sistaDagKontorsutlatande, m.sistaDagNamndprotokoll, frist.dagarKvar(), frist.forsenad(),
                    m.version, m.utlatandeInskickat, utlatandeadress(m), m.utlatandeskede,
                    m.utlatandeskede == null ? null : m.utlatandeskede.etikett,
                    m.utlatandeSvarstid() == null ? null : m.utlatandeSvarstid().text(), protokolladress(m),
                    m.protokollSvarstid() == null ? null : m.besvarad,
                    m.protokollSvarstid() == null ? null : m.protokollSvarstid().text(), m.overklagandeTill, Svar.av(m));
        }

        /** The nämnd's protokollsutdrag as registered in the sender's ärende. */
        static String protokolladress(Remissmottagare m) {
            return Listexport.apiadress(m.remiss, m.protokollHandling);
        }

        /** The signed statement as registered in the sender's ärende, for the sender to download. */
        static String utlatandeadress(Remissmottagare m) {
            return Listexport.apiadress(m.remiss, m.utlatandeHandling);
        }
    }

    /** How the recipient answered (null until it has): nämndbeslut, delegation (who, under what) or avstår (why). */
    public record Svar(Svarsform svarsform, String etikett, LocalDate besvarad, String beslutadAv, String delegation,
            String orsak) {

        static Svar av(Remissmottagare m) {
            return m.svarsform == null ? null
                    : new Svar(m.svarsform, m.svarsform.etikett, m.besvarad, m.beslutadAv, m.delegation, m.avstarOrsak);
        }
    }

    /**
     * A remiss document. {@code program} and {@code programfel} only in the answer to an upload that
     * asked for the document to be imported as the programme: the new programme version's address,
     * or why the file could not be read as one (the document is registered either way).
     */
    public record Dokument(Long id, String titel, String filnamn, String mimetyp, Long storlek, String sha256,
            LocalDate datum, String href, String program, String programfel) {

        static Dokument av(Long remissId, Handling h) {
            return new Dokument(h.id, h.titel, h.filnamn, h.mimetyp, h.storlek, h.sha256, h.datum,
                    "/api/remisser/" + remissId + "/dokument/" + h.id + "/fil", null, null);
        }

        /** A document under sekretess that the caller is not cleared for: only that it exists. */
        static Dokument maskerat(Handling h) {
            return new Dokument(h.id, h.maskeradTitel(), null, null, null, null, h.datum, null, null, null);
        }

        Dokument medProgram(String programadress, String fel) {
            return new Dokument(id, titel, filnamn, mimetyp, storlek, sha256, datum, href, programadress, fel);
        }
    }

    /** The sender's view of one recipient: its row, what happened when, what it was sent and what came back. */
    public record Mottagarvy(Mottagare mottagare, Long remissId, String remissDnr, LocalDate skickad,
            List<Steg> forlopp, List<Dokument> skickat) {
    }

    public record Steg(LocalDate datum, String text) {
    }

    public record Varning(String falt, String meddelande, LocalDate foreslagetDatum) {
        static List<Varning> av(List<Fristkontroll.Varning> varningar) {
            return varningar.stream().map(v -> new Varning(v.falt(), v.meddelande(), v.foreslagetDatum())).toList();
        }
    }

    public record Remiss(Long id, String titel, String dnr, OrganisationRef avsandare, String beskrivning,
            RemissStatus status, LocalDate registrerad, LocalDate skickad, LocalDate sistaDagKontorsutlatande,
            LocalDate sistaDagNamndprotokoll, List<Mottagare> mottagare, List<Dokument> dokument,
            List<Varning> varningar, long version) {

        static Remiss av(se.remiss.remiss.Remiss r, List<Remissmottagare> mottagare, List<Handling> dokument,
                List<Fristkontroll.Varning> varningar, LocalDate idag) {
            return av(r, mottagare, dokument, d -> true, varningar, idag);
        }

        static Remiss av(se.remiss.remiss.Remiss r, List<Remissmottagare> mottagare, List<Handling> dokument,
                java.util.function.Predicate<Handling> synlig, List<Fristkontroll.Varning> varningar, LocalDate idag) {
            return new Remiss(r.id, r.titel, r.dnr(), OrganisationRef.av(r.avsandare), r.beskrivning, r.status,
                    r.registrerad, r.skickad, r.sistaDagKontorsutlatande, r.sistaDagNamndprotokoll,
                    mottagare.stream().map(m -> Mottagare.av(m, idag)).toList(),
                    dokument.stream().map(d -> synlig.test(d) ? Dokument.av(r.id, d) : Dokument.maskerat(d)).toList(),
                    varningar == null ? List.of() : Varning.av(varningar), r.version);
        }
    }

    /** A row of the paged list. */
    public record Remissrad(Long id, String titel, String dnr, OrganisationRef avsandare, RemissStatus status,
            LocalDate registrerad, LocalDate skickad, LocalDate sistaDagKontorsutlatande,
            LocalDate sistaDagNamndprotokoll, long antalMottagare, long antalKlara, long antalForsenade) {

        static Remissrad av(se.remiss.remiss.Remissrad rad) {
            var r = rad.remiss();
            return new Remissrad(r.id, r.titel, r.dnr(), OrganisationRef.av(r.avsandare), r.status, r.registrerad,
                    r.skickad, r.sistaDagKontorsutlatande, r.sistaDagNamndprotokoll, rad.mottagare(), rad.klara(),
                    rad.forsenade());
        }
    }

    /** A recipient row seen from the recipient's side (received remisser, Mina ärenden). */
    public record Mottagen(Long id, Long remissId, String titel, OrganisationRef avsandare, String avsandarensDnr,
            Mottagare mottagare,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Planering ur nämndens "
                    + "sammanträdeskalender; null när mottagaren inte har någon kalender här") Namndplanering.Plan planering) {
        static Mottagen av(Remissmottagare m, LocalDate idag, Namndplanering.Plan plan) {
            return new Mottagen(m.id, m.remiss.id, m.remiss.titel, OrganisationRef.av(m.remiss.avsandare),
                    m.remiss.dnr(), Mottagare.av(m, idag), plan);
        }
    }

    public record Fristandring(LocalDate sistaDagKontorsutlatande, LocalDate sistaDagNamndprotokoll, Long version) {
    }

    public record Mottagarandring(List<Long> mottagare) {
    }

    public record Tilldelning(Long handlaggare) {
    }

    public record Statusandring(MottagarStatus status) {
    }

    /** Answered without a meeting. {@code datum} ÅÅÅÅ-MM-DD, absent: today; {@code version}: last seen. */
    public record Delegationsbeslut(String beslutadAv, String delegation, String datum, Long version) {
    }

    public record Avstar(String orsak, Long version) {
    }

    /** Optional body of a send: the version the caller last saw, to refuse sending a changed remiss. */
    public record Skicka(Long version) {
    }

}
