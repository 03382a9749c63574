package jaga.learning.report;

import jaga.model.Band;
import jaga.content.LocalizedText;
import jaga.content.Topic;
import java.util.Optional;

/**
 * A module as reports name it. A module no longer in the content (retired) keeps its id as its
 * title and has no topic or band, so old progress still shows instead of breaking the report.
 */
public record ModuleInfo(String id, LocalizedText title, Optional<Topic> topic, Optional<Band> band, int lessonsTotal,
                         boolean retired) {}
