package se.remiss.program.text;

import se.remiss.plattform.Valideringsfel;

/**
 * The limits of text extraction and the Swedish messages a user gets when a file breaks one, in one
 * place; every file that cannot be read is answered on the field {@link #FALT}.
 */
public final class Granser {
    public static final String FALT = "fil";

    public static final int MAX_BYTE = 50 * 1024 * 1024;
    public static final int MAX_SIDOR = 2_000;
    public static final long TIDSGRANS_MS = 8_000;
    /** OCR renders and recognises every page (at most {@link Ocr#MAX_SIDOR}): seconds per page, not milliseconds. */
    static final long OCR_TIDSGRANS_MS = 300_000;
    static final long MAX_UPPACKAT = 256L * 1024 * 1024;
    /**
     * Most XML a Word file may hold (all its .xml/.rels parts together, uncompressed). POI builds a
     * DOM of every part before we see a paragraph, at roughly 15–20 bytes of heap per byte of XML,
     * and that building cannot be interrupted: this bound is what keeps one upload from taking the
     * heap. 12 MB is several hundred pages of ordinary Word text; a file with big pictures is not
     * affected (pictures are not XML).
     */
    static final long MAX_WORD_XML = 12L * 1024 * 1024;
    /** How many Word DOMs may be built at once (see {@link #MAX_WORD_XML}); the rest wait their turn. */
    static final int SAMTIDIGA_WORD = 1;
    static final int MAX_TECKEN = 20_000_000;
    static final int MAX_TECKEN_PER_SIDA = 100_000;
    static final int SAMTIDIGA = 4;
    /** Bound for PDFBox's stream cache (streams PDFBox itself creates while reading, e.g. decrypted ones). */
    static final long PDF_CACHEMINNE = 64L * 1024 * 1024;
    static final long STACKSTORLEK = 2L * 1024 * 1024;
    static final int MAX_ZIPPOSTER = 10_000;
    static final int MAX_TABELLDJUP = 16;

    public static final String TOM = "Filen är tom.";
    public static final String FOR_STOR = "Filen är för stor (högst 50 MB).";
    public static final String INGEN_PDF = "Filen heter .pdf men är ingen PDF.";
    public static final String INGEN_DOCX = "Filen heter .docx men är ingen Word-fil (DOCX).";
    public static final String KRYPTERAD = "PDF:en är krypterad. Ladda upp en version utan lösenord.";
    public static final String WORD_KRYPTERAD = "Word-filen är krypterad. Ladda upp en version utan lösenord.";
    public static final String SAKNAR_TEXTLAGER =
            "PDF:en saknar textlager – den verkar vara inskannad. Ladda upp en PDF med text, eller DOCX.";
    public static final String PDF_SKADAD = "PDF:en är skadad och kan inte läsas.";
    public static final String WORD_SKADAD = "Word-filen är skadad och kan inte läsas.";
    public static final String WORD_UTAN_TEXT = "Word-filen innehåller ingen text.";
    public static final String TEXT_UTAN_TEXT = "Filen innehåller ingen text.";
    public static final String STODS_INTE = "Filtypen stöds inte. Ladda upp PDF, DOCX, text eller Markdown.";
    public static final String FOR_MANGA_SIDOR = "Dokumentet har för många sidor (högst 2 000).";
    public static final String FOR_LANG_TID = "Dokumentet tog för lång tid att läsa. "
            + "Ladda upp en mindre eller enklare fil, till exempel som DOCX eller text.";
    public static final String FOR_MYCKET = "Dokumentet är för stort eller för komplext för att läsas.";
    public static final String UPPTAGEN = "Många dokument läses in just nu. Försök igen om en stund.";
    public static final String AVBRUTEN = "Inläsningen avbröts.";

    private Granser() {
    }

    static Valideringsfel fel(String meddelande) {
        return Valideringsfel.av(FALT, meddelande);
    }
}
