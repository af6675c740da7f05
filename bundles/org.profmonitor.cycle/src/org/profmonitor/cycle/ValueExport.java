package org.profmonitor.cycle;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.profmonitor.exchange.TableWorkbook;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/**
 * Writes a campaign's stored values as a CSV file in the long layout the import reads
 * ({@code организация;показатель;значение;разрез}): UTF-8 with a byte order mark, so that Excel in
 * a Russian locale opens it as it is, and a decimal comma. A file written here imports back into
 * the same values. The same table can be written as XLSX for Excel.
 */
public final class ValueExport {

	private static final char SEPARATOR = ';';
	private static final String HEADER = "организация;показатель;значение;разрез"; //$NON-NLS-1$

	private ValueExport() {
	}

	/**
	 * Writes through a temporary file next to the target, so a failure leaves no half file.
	 *
	 * @param store      the open database
	 * @param campaignId the campaign
	 * @param file       the CSV file to write; replaced when it exists
	 * @return the number of values written
	 * @throws StoreException when the database fails
	 * @throws IOException    when the file cannot be written
	 */
	public static int writeCsv(Store store, String campaignId, Path file) throws StoreException, IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, ".export", ".csv"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			int count;
			try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				out.write('\uFEFF');
				out.write(HEADER);
				out.write("\r\n"); //$NON-NLS-1$
				int[] written = { 0 };
				IOException[] failure = { null };
				store.values().forEachValue(campaignId, (organisation, element, disaggregation, value) -> {
					if (failure[0] != null) {
						return;
					}
					try {
						out.write(organisation + SEPARATOR + element + SEPARATOR + number(value) + SEPARATOR
								+ (disaggregation == null ? "" : disaggregation) + "\r\n"); //$NON-NLS-1$ //$NON-NLS-2$
						written[0]++;
					} catch (IOException e) {
						failure[0] = e;
					}
				});
				if (failure[0] != null) {
					throw failure[0];
				}
				count = written[0];
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return count;
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/**
	 * Writes the same table as {@link #writeCsv} as an XLSX workbook of one sheet, values as numbers,
	 * for reading in Excel (the import reads filled templates, not this table).
	 *
	 * @param store      the open database
	 * @param campaignId the campaign
	 * @param file       the workbook to write; replaced when it exists
	 * @return the number of values written
	 * @throws StoreException when the database fails
	 * @throws IOException    when the file cannot be written
	 */
	public static int writeXlsx(Store store, String campaignId, Path file) throws StoreException, IOException {
		List<List<Object>> rows = new ArrayList<>();
		store.values().forEachValue(campaignId, (organisation, element, disaggregation, value) -> rows
				.add(Arrays.asList(organisation, element, value, disaggregation == null ? "" : disaggregation))); //$NON-NLS-1$
		TableWorkbook.write(file, campaignId, List.of(HEADER.split(String.valueOf(SEPARATOR))), rows);
		return rows.size();
	}

	/** @return a whole number without a fraction, any other with a decimal comma */
	static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replace('.', ',');
	}
}
