package se.remiss.sakerhet;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Nothing our resources answer may be kept by the browser or a proxy: case pages, API answers and
 * downloads can hold confidential data, and after logout the back button must not show them.
 * Static files (CSS, script) are not JAX-RS answers and stay cacheable.
 */
public class Cachestopp {

    @ServerResponseFilter
    public void ingenLagring(ContainerResponseContext svar) {
        svar.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        svar.getHeaders().putSingle("Pragma", "no-cache");
    }
}
