package se.remiss.program.text;

import static se.remiss.program.text.Granser.MAX_UPPACKAT;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import se.remiss.plattform.Valideringsfel;

/** PDF decompression-bomb guard: every stream text extraction may decode is measured first. */
final class Pdfstrommar {
    private static final Set<COSName> BILDFILTER = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE,
            COSName.CCITTFAX_DECODE_ABBREVIATION);

    private Pdfstrommar() {
    }

    /**
     * Decompression-bomb guard. PDFBox 3 decodes a filtered stream completely into memory before
     * handing it on, and only streams it creates itself go through the bounded stream cache. So
     * every stream that text extraction may decode (all but images) is first decoded here into a
     * counting sink, and the document is refused once the total passes {@link Granser#MAX_UPPACKAT}.
     * Objects that cannot be parsed or decoded are skipped here; extraction decides about them.
     */
    static void kontrollera(COSDocument cos, Avbrott avbrott) {
        Map<COSObjectKey, Long> xref = new HashMap<>(cos.getXrefTable());
        List<COSObjectKey> nycklar = new ArrayList<>(xref.keySet());
        // Objects stored directly first: that includes the object streams, which are then checked
        // before the objects inside them are parsed (which decodes the object stream).
        nycklar.sort((a, b) -> Boolean.compare(xref.get(a) < 0, xref.get(b) < 0));
        long[] kvar = {MAX_UPPACKAT};
        for (COSObjectKey nyckel : nycklar) {
            avbrott.kontrollera();
            COSBase objekt;
            try {
                objekt = cos.getObjectFromPool(nyckel).getObject();
            } catch (RuntimeException | StackOverflowError e) {
                if (e instanceof Avbruten || e instanceof ForMycket || e instanceof Valideringsfel) {
                    throw e;
                }
                continue;
            }
            if (objekt instanceof COSStream strom) {
                kontrolleraStrom(strom, kvar, avbrott);
            }
        }
    }

    private static void kontrolleraStrom(COSStream strom, long[] kvar, Avbrott avbrott) {
        if (COSName.IMAGE.equals(strom.getCOSName(COSName.SUBTYPE))) {
            return;
        }
        List<COSName> filter = new ArrayList<>();
        COSBase f = strom.getFilters();
        if (f instanceof COSName namn) {
            filter.add(namn);
        } else if (f instanceof COSArray lista) {
            for (int i = 0; i < lista.size(); i++) {
                if (lista.getObject(i) instanceof COSName namn) {
                    filter.add(namn);
                }
            }
        }
        if (filter.isEmpty() || filter.stream().anyMatch(BILDFILTER::contains)) {
            return;
        }
        try (InputStream ra = strom.createRawInputStream()) {
            InputStream in = ra;
            for (int i = 0; i < filter.size(); i++) {
                Filter avkodare = FilterFactory.INSTANCE.getFilter(filter.get(i));
                boolean sista = i == filter.size() - 1;
                Raknare ut = new Raknare(kvar, avbrott, !sista);
                avkodare.decode(in, ut, strom, i);
                if (!sista) {
                    in = new ByteArrayInputStream(ut.buffert.toByteArray());
                }
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            if (e instanceof Avbruten || e instanceof ForMycket || e instanceof Valideringsfel) {
                throw (RuntimeException) e;
            }
            // Undecodable: PDFBox will meet the same error (or be lenient) during extraction.
        }
    }

    /** Counts decoded bytes against the document's budget; keeps them only between chained filters. */
    private static final class Raknare extends OutputStream {
        private final long[] kvar;
        private final Avbrott avbrott;
        final ByteArrayOutputStream buffert;
        private int sedanKontroll;

        Raknare(long[] kvar, Avbrott avbrott, boolean behall) {
            this.kvar = kvar;
            this.avbrott = avbrott;
            this.buffert = behall ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) {
            rakna(1);
            if (buffert != null) {
                buffert.write(b);
            }
        }

        @Override
        public void write(byte[] b, int fran, int antal) {
            rakna(antal);
            if (buffert != null) {
                buffert.write(b, fran, antal);
            }
        }

        private void rakna(int antal) {
            kvar[0] -= antal;
            if (kvar[0] < 0) {
                throw new ForMycket();
            }
            sedanKontroll += antal;
            if (sedanKontroll > 1 << 20) {
                sedanKontroll = 0;
                avbrott.kontrollera();
            }
        }
    }
}
