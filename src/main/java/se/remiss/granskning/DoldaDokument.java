package se.remiss.granskning;

import java.util.Map;
import java.util.Set;

/**
 * Which documents the current user may not see into, for masking audit events about them. The
 * documents and the sekretess rule live in packages that build on the audit trail, so they answer
 * through this interface (implemented in {@code remiss}); the values are the masked titles to show.
 */
public interface DoldaDokument {

    /** Of the documents with these ids, those this user may not see: id → masked title. */
    Map<Long, String> doldaHandlingar(Set<Long> handlingar);

    /** Per remiss id: the masked title of the remiss's first document, if this user may not see it. */
    Map<Long, String> doldaForstaDokument(Set<Long> remisser);
}
