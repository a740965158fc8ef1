#pragma once

#include <QDialog>

class QComboBox;

namespace warmline::sync {
class WorkstationSettings;
}

namespace warmline::ui {

class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(sync::WorkstationSettings &settings, QWidget *parent = nullptr);

private:
    void save();

    sync::WorkstationSettings &m_settings;
    QComboBox *m_language = nullptr;
};

} // namespace warmline::ui
