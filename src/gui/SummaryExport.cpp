#include "gui/SummaryExport.h"

#include <QBuffer>
#include <QColor>
#include <QFont>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <vector>

namespace reins::gui {

namespace {

const QMarginsF pageMargins(20, 18, 20, 18); // millimetres

// Headings a step darker and bolder than Qt's Markdown defaults, with room above them.
void styleBlocks(QTextDocument &document)
{
    QTextCursor cursor(&document);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level == 0)
            continue;
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        QTextCharFormat heading;
        heading.setFontWeight(QFont::DemiBold);
        heading.setForeground(QColor(level == 1 ? 0x1f3a4d : 0x2b5570));
        cursor.mergeCharFormat(heading);
        QTextBlockFormat spacing;
        spacing.setTopMargin(level == 1 ? 0 : 14);
        spacing.setBottomMargin(6);
        cursor.mergeBlockFormat(spacing);
    }
    // Tables: thin grey rules, some padding, and each column as wide as its longest text
    // asks for (Qt's own layout squeezes a column of sentences beside one of scores).
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        format.setBorder(1);
        format.setBorderBrush(QColor(0xc8ced4));
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderCollapse(true);
        format.setCellPadding(4);
        format.setCellSpacing(0);
        format.setHeaderRowCount(1); // repeated at the top of each page the table runs onto
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        // Each column first gets its longest word, so no word breaks; what is left of the
        // line goes to the columns of sentences. Widths are in average characters; a line
        // of the page holds about lineCharacters of them.
        constexpr double lineCharacters = 64;
        std::vector<double> minimum;
        std::vector<double> wanted;
        for (int column = 0; column < table->columns(); ++column) {
            qsizetype longest = 0;
            qsizetype longestWord = 0;
            for (int row = 0; row < table->rows(); ++row) {
                const QTextTableCell cell = table->cellAt(row, column);
                QTextCursor text = cell.firstCursorPosition();
                text.setPosition(cell.lastPosition(), QTextCursor::KeepAnchor);
                const QString cellText = text.selectedText();
                longest = std::max(longest, cellText.size());
                // A short value such as "43000 EUR" reads best on one line; headings may wrap.
                if (row > 0 && cellText.size() <= 12)
                    longestWord = std::max(longestWord, cellText.size());
                for (const QString &word : cellText.split(QLatin1Char(' ')))
                    longestWord = std::max(longestWord, word.size());
            }
            // A column of sentences needs a share of the line even when space is short.
            minimum.push_back(
                std::max(1.1 * static_cast<double>(longestWord) + 3,
                         0.45 * static_cast<double>(std::min(longest, qsizetype(60)))));
            wanted.push_back(std::max(minimum.back(), std::min(longest, qsizetype(60)) + 2.0));
        }
        double minimumTotal = 0;
        double extraTotal = 0;
        for (std::size_t i = 0; i < minimum.size(); ++i) {
            minimumTotal += minimum[i];
            extraTotal += wanted[i] - minimum[i];
        }
        const double room = std::max(0.0, lineCharacters - minimumTotal);
        const double share = extraTotal > 0 ? std::min(1.0, room / extraTotal) : 0;
        std::vector<double> widthsInCharacters;
        double total = 0;
        for (std::size_t i = 0; i < minimum.size(); ++i) {
            widthsInCharacters.push_back(minimum[i] + share * (wanted[i] - minimum[i]));
            total += widthsInCharacters.back();
        }
        QList<QTextLength> widths;
        for (const double width : widthsInCharacters)
            widths << QTextLength(QTextLength::PercentageLength, 100.0 * width / total);
        format.setColumnWidthConstraints(widths);
        table->setFormat(format);
    }
}

} // namespace

QPageSize::PageSizeId pageSizeFor(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

void setUpSummaryDocument(QTextDocument &document, const QString &markdown)
{
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setStyleHint(QFont::SansSerif);
    body.setPointSizeF(10);
    document.setDefaultFont(body);
    document.setDocumentMargin(0);
    document.setMarkdown(markdown);
    styleBlocks(document);
}

void printSummaryOn(QPagedPaintDevice &device, const QString &markdown)
{
    QTextDocument document;
    setUpSummaryDocument(document, markdown);
    document.print(&device);
}

QByteArray summaryPdf(const QString &markdown, const QString &title, const QLocale &locale)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Reins"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(pageSizeFor(locale)), QPageLayout::Portrait,
                                         pageMargins, QPageLayout::Millimeter));
        printSummaryOn(writer, markdown);
    }
    return bytes;
}

} // namespace reins::gui
