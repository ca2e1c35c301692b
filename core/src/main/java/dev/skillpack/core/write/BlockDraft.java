package dev.skillpack.core.write;

/** A block of Markdown to be written: prose or a fenced code example. */
public sealed interface BlockDraft permits ProseDraft, CodeDraft {
}
