package se.remiss.program;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** JSON shapes of the programme API. Names are a contract: add, never rename. */
public final class ProgramJson {

    private ProgramJson() {
    }

    public record KravPost(Long id, String text, List<String> riktadTill, List<String> okandaMottagare) {
    }

    public record AvsnittPost(String nyckel, String rubrik, String text, List<KravPost> krav, List<AvsnittPost> avsnitt) {
    }

    public record ProgramPost(Long id, Long remiss, String titel, int version, Long foregaende, String filnamn,
            String sha256, Instant importerad, boolean ocr, List<String> mal, List<AvsnittPost> avsnitt) {

        static ProgramPost av(Program p) {
            Map<Long, List<Atagande>> krav = p.atagandenIOrdning().stream()
                    .collect(Collectors.groupingBy(a -> a.avsnitt.id));
            Map<Long, List<Programavsnitt>> barn = p.avsnitt.stream().filter(a -> a.overordnat != null)
                    .collect(Collectors.groupingBy(a -> a.overordnat.id));
            return new ProgramPost(p.id, p.remiss.id, p.titel, p.version, p.foregaende == null ? null : p.foregaende.id,
                    p.filnamn, p.sha256, p.importerad, p.ocr, List.copyOf(p.mal),
                    p.huvudavsnitt().stream().map(a -> avsnitt(a, krav, barn)).toList());
        }

        private static AvsnittPost avsnitt(Programavsnitt a, Map<Long, List<Atagande>> krav,
                Map<Long, List<Programavsnitt>> barn) {
            return new AvsnittPost(a.nyckel, a.rubrik, a.text,
                    krav.getOrDefault(a.id, List.of()).stream()
                            .map(k -> new KravPost(k.id, k.text, k.riktadTill(), k.okandaMottagare())).toList(),
                    barn.getOrDefault(a.id, List.of()).stream().map(b -> avsnitt(b, krav, barn)).toList());
        }
    }

    public record Version(Long id, int version, String titel, String filnamn, Instant importerad, Long foregaende) {
        static Version av(Program p) {
            return new Version(p.id, p.version, p.titel, p.filnamn, p.importerad,
                    p.foregaende == null ? null : p.foregaende.id);
        }
    }

    public record Jamforelse(Version tidigare, Version senare, Programjamforelse.Resultat skillnader) {
    }
}
