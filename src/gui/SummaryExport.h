#pragma once

// The session summary as people read it outside Reins: a PDF, a printout. Both lay out
// the same Markdown (renderSummaryMarkdown) through a QTextDocument.

#include <QByteArray>
#include <QLocale>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace reins::gui {

// Letter where people use it (the United States and Canada, among others), A4 elsewhere.
[[nodiscard]] QPageSize::PageSizeId pageSizeFor(const QLocale &locale);

// Sets the document up for paper: the Markdown, a readable serif body, sans headings.
void setUpSummaryDocument(QTextDocument &document, const QString &markdown);

// The summary as a PDF file's bytes, titled `title`, on the locale's paper.
[[nodiscard]] QByteArray summaryPdf(const QString &markdown, const QString &title,
                                    const QLocale &locale = QLocale());

// Lays the summary out on a printer (or any paged device) with the same margins.
void printSummaryOn(QPagedPaintDevice &device, const QString &markdown);

} // namespace reins::gui
