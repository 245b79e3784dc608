package org.trasloco.app.wizard.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls a pane so that the control which takes the keyboard focus inside it can be seen: someone
 * moving with Tab through a long step must never type into a field they cannot see.
 */
public final class FocusFollowingScroll {

    private FocusFollowingScroll() {
    }

    /**
     * Makes the pane follow the focus from now on, in whatever scene it is shown.
     *
     * @param pane the scroll pane
     */
    public static void install(ScrollPane pane) {
        pane.sceneProperty().addListener((o, oldScene, scene) -> watch(pane, scene));
        watch(pane, pane.getScene());
    }

    private static void watch(ScrollPane pane, Scene scene) {
        if (scene != null) {
            scene.focusOwnerProperty().addListener((o, old, focused) -> reveal(pane, focused));
        }
    }

    /**
     * Scrolls the scroll pane a node is in so that the node can be seen, once the node has its place
     * (for something that has just appeared: a result, a question).
     *
     * @param node the node to show
     */
    public static void revealLater(Node node) {
        javafx.application.Platform.runLater(() -> {
            for (Node at = node.getParent(); at != null; at = at.getParent()) {
                if (at instanceof ScrollPane pane) {
                    pane.layout();
                    reveal(pane, node);
                    return;
                }
            }
        });
    }

    /**
     * Scrolls the pane the least that shows the node, if the node is inside it.
     *
     * @param pane the scroll pane
     * @param node the node to show
     */
    public static void reveal(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        if (node == null || content == null || !inside(node, content)) {
            return;
        }
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewportHeight = pane.getViewportBounds().getHeight();
        if (contentHeight <= viewportHeight) {
            return;
        }
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double scrollable = contentHeight - viewportHeight;
        double top = pane.getVvalue() * scrollable;
        if (bounds.getMinY() < top) {
            pane.setVvalue(bounds.getMinY() / scrollable);
        } else if (bounds.getMaxY() > top + viewportHeight) {
            pane.setVvalue(Math.min(1, (bounds.getMaxY() - viewportHeight) / scrollable));
        }
    }

    private static boolean inside(Node node, Node content) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == content) {
                return true;
            }
        }
        return false;
    }
}
