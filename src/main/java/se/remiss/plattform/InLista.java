package se.remiss.plattform;

import jakarta.persistence.Query;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.StringJoiner;

/**
 * An HQL {@code in} list as single-valued parameters, {@code (:idn0, :idn1, …)}, padded to a power of two.
 *
 * <p>Why not {@code in :idn} with a list: Hibernate caches a query's translation to SQL only when no
 * parameter is multi-valued, so every execution of such a query was translated anew from HQL to SQL; on
 * the remiss list that was a fifth of the page's CPU (JFR, docs/benchmarks.md). With one parameter per
 * value the statement is cached like any other. Padding (the last value repeated, harmless in an
 * {@code in}) keeps the number of distinct statements small: a page of 25 ids and one of 17 share one.
 */
public final class InLista {

    private InLista() {
    }

    /** {@code (:namn0, …, :namnK)} for a list of {@code antal} values (at least one; never one parameter alone). */
    public static String platser(String namn, int antal) {
        StringJoiner hql = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < storlek(antal); i++) {
            hql.add(":" + namn + i);
        }
        return hql.toString();
    }

    /** Binds {@code varden} (not empty) to the parameters {@link #platser} wrote for the same size. */
    public static <Q extends Query> Q binda(Q fraga, String namn, Collection<?> varden) {
        parametrar(namn, varden).forEach(fraga::setParameter);
        return fraga;
    }

    /** The same bindings as a map, for Panache's {@code list(query, params)}. */
    public static Map<String, Object> parametrar(String namn, Collection<?> varden) {
        if (varden.isEmpty()) {
            throw new IllegalArgumentException("Tom in-lista för " + namn + ": fråga inte alls");
        }
        Map<String, Object> parametrar = new HashMap<>();
        Iterator<?> it = varden.iterator();
        Object senaste = null;
        for (int i = 0; i < storlek(varden.size()); i++) {
            senaste = it.hasNext() ? it.next() : senaste;
            parametrar.put(namn + i, senaste);
        }
        return parametrar;
    }

    /**
     * The padded size: the next power of two, at least 2. Never 1: HQL reads a lone parameter in
     * parentheses, {@code in (:idn0)}, as a list parameter, which would put the query out of the cache again.
     */
    static int storlek(int antal) {
        if (antal < 1) {
            throw new IllegalArgumentException("En in-lista behöver minst ett värde");
        }
        return antal <= 2 ? 2 : Integer.highestOneBit(antal - 1) << 1;
    }
}
