package jaga.progress;

import java.util.List;

/** The replies a child picks in chat simulations, each committed the moment it is picked. */
public final class ChatChoiceRepository {
    /** Learner, module, content version, lesson, step, choice, chosen at; the same reply at the same moment is kept once. */
    static final String INSERT = "INSERT INTO chat_choice (learner_id, module_id, content_version, lesson_id, step_id,"
            + " choice_id, chosen_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    private final Sql sql;
    private final Database database;

    public ChatChoiceRepository(Database database) {
        this.database = database;
        this.sql = new Sql(database);
    }

    public void recordChoice(long learnerId, String moduleId, int contentVersion, String lessonId, String stepId,
                             String choiceId) {
        // The time is part of what makes a reply unique (so importing an export twice adds nothing twice).
        // A second reply at the same step in the same millisecond takes the next one, rather than
        // being silently dropped (found by the crash loop, whose scripted learner replies that fast).
        String chosenAt = database.now();
        while (sql.update("save the chat reply", INSERT, learnerId, moduleId, contentVersion, lessonId, stepId, choiceId, chosenAt) == 0) {
            chosenAt = Database.timestamp(java.time.Instant.parse(chosenAt).plusMillis(1));
        }
    }

    /** Every choice the learner made in this module, oldest first. */
    public List<ChatChoice> choices(long learnerId, String moduleId) {
        return sql.query("read the chat replies",
                "SELECT module_id, content_version, lesson_id, step_id, choice_id, chosen_at FROM chat_choice"
                        + " WHERE learner_id = ? AND module_id = ? ORDER BY id",
                row -> new ChatChoice(row.getString(1), row.getInt(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6)), learnerId, moduleId);
    }

    public record ChatChoice(String moduleId, int contentVersion, String lessonId, String stepId, String choiceId,
                             String chosenAt) {}
}
