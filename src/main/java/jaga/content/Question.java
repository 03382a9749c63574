package jaga.content;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A graded question. The JSON "type" property picks the kind. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(value = SingleChoiceQuestion.class, name = "single")})
public sealed interface Question permits SingleChoiceQuestion {
    String id();

    LocalizedText prompt();

    LocalizedText explanation();
}
