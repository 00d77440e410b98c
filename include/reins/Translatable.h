#pragma once

// Marks a fixed English sentence of core's for Qt Linguist: lupdate reads the name as an
// alias of QT_TRANSLATE_NOOP and collects the text under `context`, and the window shows it
// translated (gui::translatedCoreText). Core itself, which has no Qt, keeps the English.
#define REINS_TRANSLATE_NOOP(context, text) text
