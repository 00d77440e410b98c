#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace reins::gui {

// Draws a search hit in two lines: who, when and where in grey, then the snippet with the
// matched words in bold on a highlight. Private hits carry a marker.
class SearchHitDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const override;

    // The HTML a hit is drawn from, for tests.
    [[nodiscard]] static QString hitHtml(const QModelIndex &index);

private:
    static void layOut(QTextDocument &document, const QStyleOptionViewItem &option,
                       const QModelIndex &index, int width);
};

} // namespace reins::gui
