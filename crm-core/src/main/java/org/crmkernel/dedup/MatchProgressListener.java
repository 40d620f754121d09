package org.crmkernel.dedup;

/** Hears how a match run progresses; called on the thread that started the run, a few times a second at most. */
@FunctionalInterface
public interface MatchProgressListener {

  /** A listener that ignores progress. */
  MatchProgressListener NONE = progress -> { };

  /** Reports {@code progress}. */
  void onProgress(MatchProgress progress);
}
