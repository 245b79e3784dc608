package org.trasloco.app.cli.history;

import org.trasloco.core.time.DateOrder;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --date-order dmy|mdy|ymd}, in any case. */
final class DateOrderConverter implements ITypeConverter<DateOrder> {

    @Override
    public DateOrder convert(String value) {
        try {
            return DateOrder.ofId(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("dmy, mdy, ymd");
        }
    }
}
