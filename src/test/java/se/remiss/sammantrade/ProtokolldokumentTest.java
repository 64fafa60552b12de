package se.remiss.sammantrade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProtokolldokumentTest {

    private static Paragraf nr(int nummer) {
        Paragraf p = new Paragraf();
        p.nummer = nummer;
        return p;
    }

    @Test
    void paragrafspannetSkrivsSomIProtokollet() {
        assertEquals("", Protokolldokument.spann(List.of()));
        assertEquals("§ 12", Protokolldokument.spann(List.of(nr(12))));
        assertEquals("§§ 12–14", Protokolldokument.spann(List.of(nr(12), nr(13), nr(14))));
    }

    @Test
    void textDelasIStycken() {
        assertEquals(List.of(), Protokolldokument.stycken(null));
        assertEquals(List.of(), Protokolldokument.stycken("  \n "));
        assertEquals(List.of("Första.", "Andra."), Protokolldokument.stycken("Första.\r\n\n  Andra.  "));
    }
}
