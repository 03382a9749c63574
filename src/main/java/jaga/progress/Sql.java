package jaga.progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The one place repositories run SQL: parameters always bound, failures turned into plain words. */
final class Sql {
    private final Database database;

    Sql(Database database) {
        this.database = database;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    <T> List<T> query(String what, String sql, RowMapper<T> mapper, Object... parameters) {
        try (PreparedStatement statement = prepare(sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Runs one statement in its own transaction: committed when this returns. */
    int update(String what, String sql, Object... parameters) {
        try (PreparedStatement statement = prepare(sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    long insert(String what, String sql, Object... parameters) {
        try (PreparedStatement statement = prepare(sql, parameters)) {
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no id was generated");
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        Connection connection = database.connection();
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private ProgressException failure(String what, SQLException e) {
        return Database.explain(what, database.file(), e);
    }
}
