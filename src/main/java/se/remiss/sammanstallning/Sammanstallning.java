package se.remiss.sammanstallning;

import java.time.LocalDate;
import java.util.List;
import se.remiss.utlatande.Stallningstagande;

/**
 * What the recipients of one remiss answered, in three views: per recipient (stance, dates against
 * both deadlines, the signed statement), per programme section (who cited it, with the sentence),
 * and per commitment (what each recipient it is addressed to said about it). Built by
 * {@link Sammanstallare}; the page, JSON, PDF, XLSX and CSV all show this one value.
 *
 * @param programversion the programme version the sections and commitments are taken from; null
 *                       when the remiss has no imported programme
 */
public record Sammanstallning(long remissId, String titel, String dnr, String avsandare, LocalDate datum,
        Integer programversion, List<Mottagarsvar> mottagare, List<Avsnittsrad> avsnitt,
        List<Atagandesvar> ataganden) {

    /**
     * One recipient's answer. {@code stallningstagande} is the stance of its sent statement; AVSTAR
     * when it declined without one; INGET_YTTRANDE when nothing came. {@code utlatandeInkom} is
     * the day the signed statement reached the sender, {@code protokollInkom} the day the case was
     * marked answered (the nämnd's minutes in). {@code …ITid}: null until it came.
     *
     * @param dokument the signed statement in the sender's ärende (API address), null before it came
     */
    public record Mottagarsvar(long mottagareId, String organisation, String dnr, String status,
            Stallningstagande stallningstagande, String stallningstagandeText, LocalDate sistaDagKontorsutlatande,
            LocalDate utlatandeInkom, Boolean utlatandeITid, LocalDate sistaDagNamndprotokoll,
            LocalDate protokollInkom, Boolean protokollITid, String dokument, String protokolldokument) {

        /** The signed statement's page for a browser ("/arenden/…/fil"), null before it came. */
        public String dokumentsida() {
            return webbsida(dokument);
        }

        /** The nämnd's protokollsutdrag for a browser, null before it came. */
        public String protokolldokumentsida() {
            return webbsida(protokolldokument);
        }

        private static String webbsida(String api) {
            return api == null ? null : api.replaceFirst("^/api/", "/");
        }

        public String utlatandeLage() {
            return lage(utlatandeInkom, utlatandeITid);
        }

        public String protokollLage() {
            return lage(protokollInkom, protokollITid);
        }

        private static String lage(LocalDate inkom, Boolean iTid) {
            return inkom == null ? "Ej inkommet" : Boolean.TRUE.equals(iTid) ? "I tid" : "Efter fristen";
        }
    }

    /**
     * A recipient's citation of a section or one of its commitments.
     *
     * @param hanvisning the citation as written, "[[5.3#2]]"
     * @param citerat    what it cites: the section ("5.3 Uppsökande arbete") or the commitment's text
     * @param mening     the recipient's sentence around the citation, as its document reads
     */
    public record Citering(String organisation, String hanvisning, String citerat, String mening) {
    }

    /** A programme section that at least one recipient cited. */
    public record Avsnittsrad(String nyckel, String rubrik, List<Citering> citeringar) {

        public String benamning() {
            return nyckel.matches("\\d+(\\.\\d+)*") ? nyckel + " " + rubrik : rubrik;
        }
    }

    /**
     * A commitment addressed to at least one recipient, or cited by one.
     *
     * @param nummer     its place in its section, as a citation names it ([[5.3#2]] → 2)
     * @param riktadTill the bodies the programme addresses it to
     */
    public record Atagandesvar(String avsnitt, String avsnittsrubrik, int nummer, String text, List<String> riktadTill,
            List<Adressatsvar> svar) {

        public String hanvisning() {
            return "[[" + avsnitt + "#" + nummer + "]]";
        }
    }

    /**
     * What one recipient said about a commitment: its sentences citing it (empty when it did not).
     *
     * @param riktat whether the commitment is addressed to this recipient (a recipient may comment on others')
     */
    public record Adressatsvar(String organisation, boolean riktat, String stallningstagande, List<String> meningar) {
    }
}
