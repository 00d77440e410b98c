#include "gui/SearchHitDelegate.h"

#include "gui/SearchResultsModel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace reins::gui {

namespace {

constexpr int margin = 8;

} // namespace

QString SearchHitDelegate::hitHtml(const QModelIndex &index)
{
    QString heading = index.data(SearchResultsModel::HeadingRole).toString().toHtmlEscaped();
    if (index.data(SearchResultsModel::PrivateRole).toBool())
        heading += QStringLiteral(" &nbsp;<span style=\"color:#8a3b00\">\U0001F512 %1</span>")
                       .arg(QObject::tr("private note"));
    return QStringLiteral("<div style=\"color:#5a6470\">%1</div><div>%2</div>")
        .arg(heading, index.data(SearchResultsModel::SnippetHtmlRole).toString());
}

void SearchHitDelegate::layOut(QTextDocument &document, const QStyleOptionViewItem &option,
                               const QModelIndex &index, int width)
{
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setHtml(hitHtml(index));
    document.setTextWidth(std::max(width - 2 * margin, 100));
}

void SearchHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument document;
    layOut(document, option, index, option.rect.width());
    if (option.state & QStyle::State_Selected) {
        // The grey heading would vanish on the selection colour.
        document.setHtml(hitHtml(index).replace(
            QStringLiteral("color:#5a6470"),
            QStringLiteral("color:%1")
                .arg(option.palette.color(QPalette::HighlightedText).name())));
    }
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    if (option.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(margin, margin / 2 + 2));
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size()));
    document.documentLayout()->draw(painter, context);
    painter->restore();

    // A hairline between hits.
    painter->save();
    painter->setPen(option.palette.color(QPalette::Midlight));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    painter->restore();
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = view->viewport()->width();
    if (width <= 0)
        width = 600;
    QTextDocument document;
    layOut(document, option, index, width);
    return {width, static_cast<int>(std::ceil(document.size().height())) + margin + 4};
}

} // namespace reins::gui
