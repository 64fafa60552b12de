package se.remiss.plattform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The one place that knows what day it is in Stockholm, so deadlines are counted in local dates. */
@ApplicationScoped
public class Klocka {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Inject
    RemissConfig config;

    public LocalDate idag() {
        return config.idag().orElseGet(() -> LocalDate.now(STOCKHOLM));
    }

    public Instant nu() {
        return Instant.now();
    }
}
