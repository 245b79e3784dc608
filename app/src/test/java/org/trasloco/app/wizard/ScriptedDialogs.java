package org.trasloco.app.wizard;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** File choosers answered by the test: each question takes the next scripted answer. */
final class ScriptedDialogs implements FileDialogs {

    private final Deque<Path> answers = new ArrayDeque<>();

    /** The next chooser opened answers with this file. */
    ScriptedDialogs answer(Path file) {
        answers.add(file);
        return this;
    }

    @Override
    public List<Path> openFiles(Window owner, String title) {
        return answers.isEmpty() ? List.of() : List.of(answers.poll());
    }

    @Override
    public Optional<Path> openFolder(Window owner, String title) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> openFile(Window owner, String title, String description, String... patterns) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> saveFile(Window owner, String title, String suggestedName) {
        return Optional.ofNullable(answers.poll());
    }
}
