package org.dyad.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBConnection;
import org.dyad.store.StoreException;

/**
 * A fixed set of DuckDB connections to one read-only store, lent one per request. A DuckDB JDBC connection is not
 * safe to share between threads; {@link DuckDBConnection#duplicate()} gives more connections to the same database
 * instance, so every request thread has its own while they share DuckDB's buffer cache.
 */
final class ConnectionPool implements AutoCloseable {
    /** How long a request waits for a free connection before it is answered 503. */
    private static final long WAIT_SECONDS = 30;

    private final BlockingQueue<Connection> free;
    private final List<Connection> all = new ArrayList<>();

    /**
     * @param origin the store's own connection (kept open by its owner)
     * @param size   connections to make, 1 or more
     * @throws StoreException when DuckDB cannot make a connection
     */
    ConnectionPool(Connection origin, int size) {
        free = new ArrayBlockingQueue<>(size);
        try {
            DuckDBConnection duck = origin.unwrap(DuckDBConnection.class);
            for (int i = 0; i < size; i++) {
                Connection c = duck.duplicate();
                all.add(c);
                free.add(c);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open connections to the store: " + e.getMessage(), e);
        }
    }

    /** Work done with a lent connection. */
    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    /**
     * Runs work with a connection of its own, then returns the connection.
     *
     * @throws ApiException 503 when every connection stays busy for 30 s
     * @throws StoreException when the query fails (a bug or a broken store: answered 500)
     */
    <T> T with(Work<T> work) {
        Connection c;
        try {
            c = free.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "the server is shutting down");
        }
        if (c == null) {
            throw new ApiException(503, "the store is busy; try again");
        }
        try {
            return work.apply(c);
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        } finally {
            free.add(c);
        }
    }

    @Override
    public void close() {
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing: nothing left to do with a connection that will not close
            }
        }
    }
}
