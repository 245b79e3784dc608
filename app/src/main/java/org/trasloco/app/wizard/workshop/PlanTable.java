package org.trasloco.app.wizard.workshop;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.trasloco.app.wizard.common.LanguageNames;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.invites.workshop.PlannedParticipant;

/** The participants as a table: name, language, address (marked when suggested), and their invitation. */
final class PlanTable {

    private PlanTable() {
    }

    /**
     * Sets a table up.
     *
     * @param table the table
     * @param texts the window's language
     * @param withInvitations whether to show the invitation column
     */
    static void setUp(TableView<PlannedParticipant> table, WizardTexts texts, boolean withInvitations) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(texts.get("workshop.table.empty")));
        TableColumn<PlannedParticipant, String> name = column(texts.get("workshop.column.name"),
                p -> p.participant().name());
        TableColumn<PlannedParticipant, String> language = column(texts.get("workshop.column.language"),
                p -> LanguageNames.of(p.participant().language(), texts.locale()));
        TableColumn<PlannedParticipant, String> address = column(texts.get("workshop.column.address"),
                p -> p.suggested() ? texts.get("workshop.address.suggested", p.address().toString())
                        : p.address().toString());
        table.getColumns().setAll(List.of(name, language, address));
        if (withInvitations) {
            table.getColumns().add(column(texts.get("workshop.column.invitation"),
                    p -> p.participant().accountToken() != null ? texts.get("workshop.invitation.ready")
                            : texts.get("workshop.invitation.none")));
        }
    }

    private static TableColumn<PlannedParticipant, String> column(String title,
            Function<PlannedParticipant, String> value) {
        TableColumn<PlannedParticipant, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
