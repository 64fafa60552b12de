package se.remiss.organisation;

import java.util.List;

/** JSON shapes of the organisation API. Groups appear in the same list with typ "GRUPP". */
public final class OrganisationJson {

    private OrganisationJson() {
    }

    public record Diarium(String format, String kod, String exempel) {
        static Diarium av(Diarieserie s) {
            if (s == null) {
                return null;
            }
            return new Diarium(s.format, s.kod, s.exempel());
        }
    }

    public record Ref(Long id, String namn) {
    }

    public record Post(Long id, String kortnamn, String namn, String typ, String typText, Ref forvaltning,
            Boolean aktiv, Diarium diarium, Integer paminnelsedagar, List<Long> medlemmar, long version) {

        static Post av(Organisation o, Diarieserie serie) {
            return new Post(o.id, o.kortnamn, o.namn, o.typ.name(), o.typ.etikett,
                    o.forvaltning == null ? null : new Ref(o.forvaltning.id, o.forvaltning.namn), o.aktiv,
                    Diarium.av(serie), o.paminnelsedagar, null, o.version);
        }

        static Post av(Grupp g) {
            return new Post(g.id, g.kortnamn, g.namn, "GRUPP", "Grupp", null, null, null, null,
                    g.medlemmar.stream().map(m -> m.id).toList(), g.version);
        }
    }

    public record GruppUppgifter(String kortnamn, String namn, String beskrivning, List<Long> medlemmar) {
    }
}
