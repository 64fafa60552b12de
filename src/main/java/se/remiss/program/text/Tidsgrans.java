package se.remiss.program.text;

import static se.remiss.program.text.Granser.AVBRUTEN;
import static se.remiss.program.text.Granser.FOR_LANG_TID;
import static se.remiss.program.text.Granser.FOR_MYCKET;
import static se.remiss.program.text.Granser.SAMTIDIGA;
import static se.remiss.program.text.Granser.STACKSTORLEK;
import static se.remiss.program.text.Granser.TIDSGRANS_MS;
import static se.remiss.program.text.Granser.UPPTAGEN;
import static se.remiss.program.text.Granser.fel;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import se.remiss.plattform.Valideringsfel;

/**
 * Runs one file's extraction on a daemon worker thread with a deadline shared by caller and worker:
 * the caller waits at most {@link Granser#TIDSGRANS_MS} ms, the worker checks the same deadline as it
 * works and stops by itself soon after; at most {@link Granser#SAMTIDIGA} files are read at once.
 */
final class Tidsgrans {
    @FunctionalInterface
    interface Uppgift {
        String kor(Avbrott avbrott) throws Exception;
    }

    private static final System.Logger LOGG = System.getLogger(Textutdragare.class.getName());
    private static final Semaphore PLATSER = new Semaphore(SAMTIDIGA);
    private static final AtomicInteger TRADNUMMER = new AtomicInteger();

    private Tidsgrans() {
    }

    static String medTidsgrans(Uppgift uppgift, String skadad) {
        return medTidsgrans(uppgift, skadad, TIDSGRANS_MS);
    }

    /** As {@link #medTidsgrans(Uppgift, String)} with another limit (OCR of a scanned file takes longer). */
    static String medTidsgrans(Uppgift uppgift, String skadad, long tidsgransMs) {
        long start = System.nanoTime();
        long slut = start + TimeUnit.MILLISECONDS.toNanos(tidsgransMs);
        try {
            if (!PLATSER.tryAcquire(TIDSGRANS_MS / 2, TimeUnit.MILLISECONDS)) {
                throw fel(UPPTAGEN);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fel(AVBRUTEN);
        }
        Avbrott avbrott = new Avbrott(slut);
        CompletableFuture<String> resultat = new CompletableFuture<>();
        Thread arbetare = new Thread(null, () -> {
            try {
                resultat.complete(uppgift.kor(avbrott));
            } catch (Throwable t) {
                resultat.completeExceptionally(t);
            } finally {
                PLATSER.release();
            }
        }, "textutdragare-" + TRADNUMMER.incrementAndGet(), STACKSTORLEK);
        arbetare.setDaemon(true);
        try {
            arbetare.start();
        } catch (Throwable t) {
            PLATSER.release();
            throw fel(UPPTAGEN);
        }
        try {
            return resultat.get(Math.max(1, slut - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            avbrott.avbryt();
            arbetare.interrupt();
            throw fel(FOR_LANG_TID);
        } catch (InterruptedException e) {
            avbrott.avbryt();
            arbetare.interrupt();
            Thread.currentThread().interrupt();
            throw fel(AVBRUTEN);
        } catch (ExecutionException e) {
            throw somValideringsfel(e.getCause(), skadad);
        }
    }

    private static Valideringsfel somValideringsfel(Throwable t, String skadad) {
        if (t instanceof Valideringsfel v) {
            return new Valideringsfel(v.fel());
        }
        if (t instanceof Avbruten) {
            return fel(FOR_LANG_TID);
        }
        if (t instanceof ForMycket || t instanceof OutOfMemoryError) {
            return fel(FOR_MYCKET);
        }
        if (t instanceof IOException || t instanceof RuntimeException || t instanceof StackOverflowError) {
            return fel(skadad);
        }
        LOGG.log(System.Logger.Level.WARNING, "Oväntat fel vid textutdragning", t);
        return fel(skadad);
    }
}
