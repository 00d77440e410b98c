#include "gui/HelpBrowser.h"

#include <QImage>
#include <QTextDocument>

namespace reins::gui {

HelpBrowser::HelpBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    document()->setDocumentMargin(18);
}

QVariant HelpBrowser::loadResource(int type, const QUrl &name)
{
    QVariant resource = QTextBrowser::loadResource(type, name);
    if (type != QTextDocument::ImageResource || resource.isNull())
        return resource;
    QImage image;
    if (resource.typeId() == QMetaType::QImage)
        image = resource.value<QImage>();
    else
        image.loadFromData(resource.toByteArray());
    if (image.isNull())
        return resource;
    // The screenshots are taken at one device pixel per pixel; they keep that size.
    if (image.width() > maxImageWidth)
        image = image.scaledToWidth(maxImageWidth, Qt::SmoothTransformation);
    return image;
}

} // namespace reins::gui
