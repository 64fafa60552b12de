package se.remiss.kalender;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One shared calendar: it caches holidays per year and is thread-safe. */
public class KalenderProducent {

    @Produces
    @Singleton
    SvenskKalender svenskKalender() {
        return new SvenskKalender();
    }
}
