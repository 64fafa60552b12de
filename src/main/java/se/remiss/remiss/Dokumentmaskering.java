package se.remiss.remiss;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import se.remiss.diarium.Arendeatkomst;
import se.remiss.diarium.Handling;
import se.remiss.granskning.DoldaDokument;

/** The audit trail's question which documents to mask, answered with the sekretess rule of the diarium. */
@RequestScoped
public class Dokumentmaskering implements DoldaDokument {

    @Inject
    Arendeatkomst arendeatkomst;

    @Override
    public Map<Long, String> doldaHandlingar(Set<Long> handlingar) {
        Map<Long, String> dolda = new HashMap<>();
        if (!handlingar.isEmpty()) {
            Handling.<Handling>list("id in ?1", handlingar).stream().filter(h -> !arendeatkomst.serInnehall(h))
                    .forEach(h -> dolda.put(h.id, h.maskeradTitel()));
        }
        return dolda;
    }

    @Override
    public Map<Long, String> doldaForstaDokument(Set<Long> remisser) {
        Map<Long, String> dolda = new HashMap<>();
        remisser.forEach(id -> Remiss.<Remiss>findByIdOptional(id)
                .flatMap(r -> r.dokument().stream().findFirst())
                .filter(h -> !arendeatkomst.serInnehall(h))
                .ifPresent(h -> dolda.put(id, h.maskeradTitel())));
        return dolda;
    }
}
