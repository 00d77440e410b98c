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
    // Tables: thin grey rules and some padding, like a printed report.
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            QTextTableFormat format = table->format();
            format.setBorder(0.5);
            format.setBorderBrush(QColor(0xb0b8c0));
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBorderCollapse(true);
            format.setCellPadding(4);
            format.setCellSpacing(0);
            format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
            table->setFormat(format);
        }
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

void printSummary(QPagedPaintDevice &device, const QString &markdown)
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
        printSummary(writer, markdown);
    }
    return bytes;
}

} // namespace reins::gui
