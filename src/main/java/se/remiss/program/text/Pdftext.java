package se.remiss.program.text;

import static se.remiss.program.text.Granser.FOR_MANGA_SIDOR;
import static se.remiss.program.text.Granser.KRYPTERAD;
import static se.remiss.program.text.Granser.MAX_SIDOR;
import static se.remiss.program.text.Granser.PDF_CACHEMINNE;
import static se.remiss.program.text.Granser.PDF_SKADAD;
import static se.remiss.program.text.Granser.SAKNAR_TEXTLAGER;
import static se.remiss.program.text.Granser.fel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import se.remiss.program.text.Block.Typ;

/**
 * The text of a PDF as its pages show it, under the page, glyph and text limits: glyphs with their
 * positions ({@link Glyfinsamlare}), running headers and footers removed ({@link Lopandetext}),
 * lines and blocks from the layout ({@link Sidlayout}), or from the tags when a tagged PDF's
 * structure tree agrees with the page ({@link Taggstruktur}). The document's title property is used
 * as its title when the text itself does not open with a heading.
 */
final class Pdftext {
    private Pdftext() {
    }

    static String text(byte[] innehall, Avbrott avbrott) throws IOException {
        try (PDDocument dokument = oppna(innehall, avbrott)) {
            Lasning lasning = las(dokument, avbrott);
            List<Block> block = new ArrayList<>(lasning.taggat().orElse(lasning.layout()));
            titel(dokument).ifPresent(titel -> {
                String forsta = block.isEmpty() ? "" : String.join(" ", block.get(0).rader());
                boolean inledsMedTitel = !block.isEmpty() && block.get(0).typ() == Typ.RUBRIK
                        && !forsta.matches("\\d.*");
                if (!inledsMedTitel && !Lopandetext.nyckel(forsta).equals(Lopandetext.nyckel(titel))) {
                    block.add(0, new Block(Typ.RUBRIK, List.of(titel)));
                }
            });
            String text = Normalisering.normalisera(Block.text(block));
            if (text.codePoints().noneMatch(Character::isLetter)) {
                throw fel(SAKNAR_TEXTLAGER);
            }
            return text;
        }
    }

    /** The text of a scanned PDF by OCR; refused like any PDF without text when OCR finds no letters. */
    static String ocr(byte[] innehall, Avbrott avbrott) throws IOException {
        try (PDDocument dokument = oppna(innehall, avbrott)) {
            String text = Normalisering.normalisera(Ocr.text(dokument, avbrott));
            if (text.codePoints().filter(Character::isLetter).count() < 20) {
                throw fel(SAKNAR_TEXTLAGER);
            }
            return text;
        }
    }

    /** The blocks the layout gives, and those the tags give when the PDF is tagged and its tags agree. */
    record Lasning(List<Block> layout, Optional<List<Block>> taggat) {
    }

    static Lasning las(PDDocument dokument, Avbrott avbrott) throws IOException {
        Pdfstrommar.kontrollera(dokument.getDocument(), avbrott);
        List<List<Glyf>> glyfer = Glyfinsamlare.samla(dokument, avbrott);
        List<Float> bredder = new ArrayList<>();
        List<Float> hojder = new ArrayList<>();
        for (PDPage sida : dokument.getPages()) {
            PDRectangle ruta = sida.getCropBox();
            boolean liggande = sida.getRotation() % 180 != 0;
            bredder.add(liggande ? ruta.getHeight() : ruta.getWidth());
            hojder.add(liggande ? ruta.getWidth() : ruta.getHeight());
        }
        avbrott.kontrollera();
        List<Block> layout = Sidlayout.block(Lopandetext.utanSidhuvud(glyfer, hojder), bredder,
                Bokmarken.titlar(dokument));
        return new Lasning(layout, Taggstruktur.block(dokument, glyfer, layout, avbrott));
    }

    /** Opens the PDF under the memory limit, refusing encrypted and empty or oversized documents. */
    static PDDocument oppna(byte[] innehall, Avbrott avbrott) throws IOException {
        PDDocument dokument;
        try {
            dokument = Loader.loadPDF(innehall, "", null, null,
                    MemoryUsageSetting.setupMainMemoryOnly(PDF_CACHEMINNE).streamCache);
        } catch (InvalidPasswordException e) {
            throw fel(KRYPTERAD);
        }
        avbrott.kontrollera();
        int sidor = dokument.getNumberOfPages();
        if (sidor > MAX_SIDOR || sidor == 0) {
            dokument.close();
            throw fel(sidor == 0 ? PDF_SKADAD : FOR_MANGA_SIDOR);
        }
        return dokument;
    }

    /** The title property, when it reads like a title and not like a file name or a program's default. */
    static Optional<String> titel(PDDocument dokument) {
        String titel = dokument.getDocumentInformation().getTitle();
        if (titel == null) {
            return Optional.empty();
        }
        titel = titel.strip().replaceAll("\\s+", " ");
        String liten = titel.toLowerCase(Locale.ROOT);
        boolean filnamn = liten.matches(".*\\.(docx?|odt|pdf|rtf|txt|html?|indd)$") || liten.startsWith("microsoft ")
                || liten.matches("(untitled|namnlös|dokument|document)\\s*\\d*");
        if (filnamn || titel.length() < 8 || titel.length() > 300 || !titel.contains(" ")) {
            return Optional.empty();
        }
        return Optional.of(titel);
    }
}
