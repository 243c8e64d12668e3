package org.dyad.store;

import java.util.List;
import java.util.Set;

/**
 * Where coded documents are kept: articles, sentences, actor mentions and events (and, as their layers arrive,
 * places, times, quotes and claims), plus the inputs that failed. Writing is idempotent: an article is keyed by its
 * content hash ({@link ContentHash#articleId}) and an error by {@link StoredError#errorId()}, so storing the same
 * thing twice adds nothing. Each article is written atomically: after a crash the store holds whole articles only.
 *
 * <p>{@link DuckDbEventStore} is the one implementation. An instance is used from one thread at a time.
 */
public interface EventStore extends AutoCloseable {

    /** Ids of every stored article. */
    Set<String> articleIds();

    /**
     * Stores one document's rows in one transaction.
     *
     * @return true when the article was added, false when it was already stored (nothing written)
     * @throws StoreException when the store cannot be written (disk full, file locked); nothing of the article is kept
     */
    boolean write(DocumentRows rows);

    /**
     * Stores several documents' rows in one transaction (a group commit: one log flush for the lot). Articles are
     * still whole or absent after a crash; an article already stored, or twice in the batch, is skipped.
     *
     * @return for each document in order, true when it was added
     * @throws StoreException when the store cannot be written; nothing of the batch is kept
     */
    List<Boolean> write(List<DocumentRows> batch);

    /**
     * Records one failed input.
     *
     * @return true when added, false when the same error was already recorded
     */
    boolean writeError(StoredError error);

    /**
     * Recomputes {@code articles.duplicate_of} for every article ({@link NearDuplicateFinder}) in one transaction.
     *
     * @return the near-duplicates now marked
     */
    List<NearDuplicateFinder.Duplicate> markNearDuplicates();

    /** Row count of one table or view. */
    long count(String table);

    @Override
    void close();
}
