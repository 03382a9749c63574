package jaga.content;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One screen of a lesson. The JSON "type" property picks the kind. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(value = TextStep.class, name = "text")})
public sealed interface Step permits TextStep {
    String id();
}
