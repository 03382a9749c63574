package jaga.content;

/** Reading text with light markup: blank-line paragraphs, "- " bullets, **bold**. */
public record TextStep(String id, LocalizedText text) implements Step {}
