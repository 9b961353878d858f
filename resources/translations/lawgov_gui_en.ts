<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../lawgov_gui/gui/shell/dialogs.py" line="56"/>
        <source>无法从剪贴板打开</source>
        <translation>Cannot open from the clipboard</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/dialogs.py" line="56"/>
        <source>无法打开文件</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/dialogs.py" line="57"/>
        <source>文件：{0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/dialogs.py" line="59"/>
        <source>当前报告保持打开。</source>
        <translation>The current report stays open.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/dialogs.py" line="66"/>
        <source>设置无法保存：{0} 不可写，本次更改的设置在退出后不会保留。</source>
        <translation>The settings cannot be saved: {0} is not writable, so changes made now are lost at exit.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/dialogs.py" line="68"/>
        <source>设置文件 {0} 是符号链接或特殊文件，为安全起见不会写入：其中的设置照常使用，但更改不会保存。</source>
        <translation>The settings file {0} is a symbolic link or a special file and, to be safe, is never written: its settings are used, but changes are not saved.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/dialogs.py" line="71"/>
        <source>设置文件中有 {0} 项的值无法识别（{1}），这几项已恢复默认，其余设置保留。</source>
        <translation>{0} value(s) in the settings file could not be read ({1}); they are back to their defaults and the other settings are kept.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/dialogs.py" line="74"/>
        <source>设置文件已损坏，已恢复默认设置。</source>
        <translation>The settings file was damaged; the default settings have been restored.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/dialogs.py" line="76"/>
        <source>原文件已备份为 {0}</source>
        <translation> The original file was kept as {0}.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/dialogs.py" line="78"/>
        <source>原文件无法移走，更改不会保存。</source>
        <translation> The file could not be moved aside, so changes are not saved.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/dialogs.py" line="80"/>
        <source>此提示只显示一次。</source>
        <translation> This note is shown only once.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/dialogs.py" line="90"/>
        <source>设置已重置</source>
        <translation>Settings reset</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/dialogs.py" line="90"/>
        <source>设置无法保存</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/dialogs.py" line="106"/>
        <source>&lt;h3&gt;法治政府建设报告阅读器 {0}&lt;/h3&gt;&lt;p&gt;离线阅读各地各部门的法治政府建设年度报告，提取其中的数据指标。程序从不联网。&lt;/p&gt;&lt;p&gt;本程序（MIT 许可）包含以下组件：&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rule-of-Law Report Reader {0}&lt;/h3&gt;&lt;p&gt;Reads the annual rule-of-law government reports of provinces, cities, counties and ministries offline and extracts their figures. It never touches the network.&lt;/p&gt;&lt;p&gt;This program (MIT licence) includes:&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/dialogs.py" line="109"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>&lt;h3&gt;法治政府建设报告阅读器 {0}&lt;/h3&gt;&lt;p&gt;离线阅读各地各部门的法治政府建设年度报告，提取其中的数据指标。程序从不联网。&lt;/p&gt;&lt;p&gt;界面基于 Qt {1}（LGPL v3）与 PySide6（LGPL v3）；中文字体为 Noto Sans CJK SC 的子集（SIL Open Font License 1.1）。&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;Rule-of-Law Government Report Reader {0}&lt;/h3&gt;&lt;p&gt;Read the annual rule-of-law government reports of regions and departments offline, and extract the figures they contain. The program never goes online.&lt;/p&gt;&lt;p&gt;The interface is built on Qt {1} (LGPL v3) and PySide6 (LGPL v3); the Chinese font is a subset of Noto Sans CJK SC (SIL Open Font License 1.1).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../lawgov_gui/app.py" line="77"/>
        <source>法治政府建设报告阅读器</source>
        <translation>Rule-of-Law Government Report Reader</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../../lawgov_gui/gui/charts/export.py" line="31"/>
        <source>图表没有完整写出（磁盘可能已满）</source>
        <translation>the chart was not written completely (the disk may be full)</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../lawgov_gui/gui/charts/base.py" line="117"/>
        <source>图表中没有可导出的内容：{0}</source>
        <translation>The chart has nothing to export: {0}</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/charts/changes.py" line="60"/>
        <source>约</source>
        <translation>≈</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/charts/changes.py" line="63"/>
        <source>年</source>
        <translation>:</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/charts/changes.py" line="89"/>
        <source>数量（对数刻度）</source>
        <translation>Count (log scale)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/charts/changes.py" line="98"/>
        <source>·推算</source>
        <translation> (est.)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/charts/changes.py" line="180"/>
        <source>比率的变化</source>
        <translation>Changes in rates</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/charts/changes.py" line="181"/>
        <source>数量的变化</source>
        <translation>Changes in counts</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/charts/changes.py" line="191"/>
        <source>本范围内没有前后对比的数字（同比、由……至……）。</source>
        <translation>No before-and-after figures in this scope (year on year, from … to …).</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/charts/rates.py" line="38"/>
        <location filename="../../lawgov_gui/gui/library/compare_chart.py" line="159"/>
        <source>百分比（%）</source>
        <translation>Percent (%)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/charts/rates.py" line="62"/>
        <source>本范围内没有占比、比率类的百分比。</source>
        <translation>No shares or rates in this scope.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/charts/sections.py" line="48"/>
        <source>各节的指标个数</source>
        <translation>Indicators per section</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/charts/sections.py" line="49"/>
        <source>各节最大的数量（对数刻度）</source>
        <translation>Largest count per section (log scale)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/charts/sections.py" line="73"/>
        <source>本范围内没有数字。</source>
        <translation>No figures in this scope.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_chart.py" line="112"/>
        <source>{0}：{1}各地区</source>
        <translation>{0}: regions, {1}</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_chart.py" line="113"/>
        <source>{0}：{1}历年</source>
        <translation>{0}: {1} by year</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_chart.py" line="135"/>
        <source>{0}（{1}）{2}</source>
        <translation>{0} ({1}) {2}</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_chart.py" line="135"/>
        <source>对照基准</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_chart.py" line="161"/>
        <source>变化幅度（%）</source>
        <translation>Change (%)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_chart.py" line="163"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_chart.py" line="163"/>
        <source>数量（{0}）</source>
        <translation>Count ({0})</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_chart.py" line="224"/>
        <source>{0}数据（{1}报告）：{2}</source>
        <translation>{0} figure ({1} report): {2}</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../../lawgov_gui/gui/charts/checks.py" line="25"/>
        <source>一致</source>
        <translation>agrees</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/charts/checks.py" line="25"/>
        <source>不一致</source>
        <translation>does not agree</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/charts/checks.py" line="27"/>
        <source>    {0} = {1}%（{2}）</source>
        <translation>    {0} = {1}% ({2})</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/charts/checks.py" line="43"/>
        <source>数据核对</source>
        <translation>Data checks</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/charts/checks.py" line="58"/>
        <source>本范围内没有可以用原文数字复算的比率。</source>
        <translation>No rate in this scope can be recomputed from the figures in the text.</translation>
    </message>
</context>
<context>
    <name>ChecksTable</name>
    <message>
        <location filename="../../lawgov_gui/gui/library/checks_model.py" line="56"/>
        <source>✓ 一致</source>
        <translation>✓ agrees</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/checks_model.py" line="56"/>
        <source>✗ 不一致</source>
        <translation>✗ does not agree</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/checks_model.py" line="57"/>
        <source>! 冲突</source>
        <translation>! conflict</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/checks_model.py" line="79"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/checks_model.py" line="79"/>
        <source>发布机关</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/checks_model.py" line="79"/>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/checks_model.py" line="80"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/checks_model.py" line="80"/>
        <source>报告一所述</source>
        <translation>Report 1 states</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/checks_model.py" line="80"/>
        <source>推算上年</source>
        <translation>Implied last year</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/checks_model.py" line="81"/>
        <source>报告二所述</source>
        <translation>Report 2 states</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/checks_model.py" line="81"/>
        <source>报告一</source>
        <translation>Report 1</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/checks_model.py" line="82"/>
        <source>报告二</source>
        <translation>Report 2</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/checks_model.py" line="89"/>
        <source>{0}对{1}</source>
        <translation>{0} vs {1}</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/checks_model.py" line="98"/>
        <source>约{0}</source>
        <translation>≈{0}</translation>
    </message>
</context>
<context>
    <name>ChecksView</name>
    <message>
        <location filename="../../lawgov_gui/gui/library/checks_view.py" line="47"/>
        <source>共 {0} 项：一致 {1} 项，不一致 {2} 项，冲突 {3} 项。</source>
        <translation>{0} findings: {1} agree, {2} do not agree, {3} conflicts.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/checks_view.py" line="53"/>
        <source>报告库中还没有可以跨报告核对的数字。
同一发布机关相邻两年的报告都导入后，这里核对报告所说的同比变化与上年报告是否相符，并列出两份报告对同一年份说法不一的数字。</source>
        <translation>The library has no figures to check across reports yet.
Once an issuer&apos;s reports of two consecutive years are imported, this checks each stated year-on-year change against the previous year&apos;s report, and lists figures two reports state differently for the same year.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/checks_view.py" line="113"/>
        <source>只看待核（不一致、冲突）</source>
        <translation>Only those to look into (disagreements, conflicts)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/checks_view.py" line="129"/>
        <source>跨报告核对</source>
        <translation>Checks across reports</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/checks_view.py" line="166"/>
        <source>正在核对报告库中的报告…</source>
        <translation>Checking the reports of the library…</translation>
    </message>
    <message>
        <source>资料库中还没有可以跨报告核对的数字。
同一发布机关相邻两年的报告都导入后，这里核对报告所说的同比变化与上年报告是否相符，并列出两份报告对同一年份说法不一的数字。</source>
        <translation type="vanished">The library has no figures to check across reports yet.
Once an issuer&apos;s reports of two consecutive years are imported, this checks each stated year-on-year change against the previous year&apos;s report, and lists figures two reports state differently for the same year.</translation>
    </message>
    <message>
        <source>正在核对资料库中的报告…</source>
        <translation type="vanished">Checking the reports of the library…</translation>
    </message>
</context>
<context>
    <name>CompareTable</name>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_model.py" line="72"/>
        <source>发布机关</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_model.py" line="72"/>
        <source>报告年度</source>
        <translation>Report year</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_model.py" line="73"/>
        <source>数据年度</source>
        <translation>Data year</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_model.py" line="73"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_model.py" line="73"/>
        <source>指标名称</source>
        <translation>Indicator name</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_model.py" line="74"/>
        <source>对照口径</source>
        <translation>Benchmark basis</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_model.py" line="74"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_model.py" line="75"/>
        <source>原句</source>
        <translation>Sentence</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_model.py" line="86"/>
        <source>约{0}{1}</source>
        <translation>≈{0}{1}</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_model.py" line="92"/>
        <source>（未识别发布机关）</source>
        <translation>(issuer not recognised)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_model.py" line="104"/>
        <source>跨年</source>
        <translation>several years</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_model.py" line="104"/>
        <source>{0}年</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_model.py" line="205"/>
        <source>据原文所说的差值“{0}”推算</source>
        <translation>Worked out from the difference stated in the text, “{0}”</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_chooser.py" line="21"/>
        <source>{0}（{1}）· {2} 条</source>
        <translation>{0} ({1}) · {2} rows</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_chooser.py" line="36"/>
        <source>对比的指标</source>
        <translation>Indicator compared</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_chooser.py" line="42"/>
        <source>输入指标名称或编号查找</source>
        <translation>Type an indicator name or id to find it</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_panel.py" line="29"/>
        <source>按地区</source>
        <translation>By region</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_panel.py" line="29"/>
        <source>按年度</source>
        <translation>By year</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_panel.py" line="45"/>
        <source>图表方式</source>
        <translation>Chart layout</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_panel.py" line="63"/>
        <source>图表：</source>
        <translation>Chart:</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_panel.py" line="117"/>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_panel.py" line="117"/>
        <source>发布机关：</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_panel.py" line="118"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_panel.py" line="118"/>
        <source>发布机关</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_view.py" line="45"/>
        <source>报告库中还没有可以对比的指标。
导入报告后，这里按指标对比各地区、各年度报告所述的数字。</source>
        <translation>The library has no indicators to compare yet.
Once reports are imported, this compares the figures they state for one indicator across regions and years.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_view.py" line="71"/>
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_view.py" line="72"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_view.py" line="95"/>
        <source>指标：</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_view.py" line="168"/>
        <source>报告库中没有“{0}”的数据。</source>
        <translation>The library has no figures of “{0}”.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_view.py" line="184"/>
        <source>各报告所述（{0} 条）</source>
        <translation>Stated in the reports ({0} rows)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_view.py" line="185"/>
        <source>对照基准（{0} 条）</source>
        <translation>Benchmarks ({0} rows)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_view.py" line="214"/>
        <source>导出 CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_view.py" line="214"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_view.py" line="218"/>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_view.py" line="218"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_view.py" line="224"/>
        <source>{0}-对比</source>
        <translation>{0}-comparison</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/compare_view.py" line="233"/>
        <source>未安装 openpyxl，无法写 Excel 文件。</source>
        <translation>openpyxl is not installed; the Excel file cannot be written.</translation>
    </message>
    <message>
        <source>资料库中还没有可以对比的指标。
导入报告后，这里按指标对比各地区、各年度报告所述的数字。</source>
        <translation type="vanished">The library has no indicators to compare yet.
Once reports are imported, this compares the figures they state for one indicator across regions and years.</translation>
    </message>
    <message>
        <source>资料库中没有“{0}”的数据。</source>
        <translation type="vanished">The library has no figures of “{0}”.</translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="22"/>
        <source>计数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="22"/>
        <source>百分比</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="22"/>
        <source>百分点变化</source>
        <translation>Change in points</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="23"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="23"/>
        <source>时长</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="23"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="44"/>
        <source>跨年</source>
        <translation>Several years</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="44"/>
        <source>{0}年</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="52"/>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="102"/>
        <source>对比值（非本地区数据）</source>
        <translation>Benchmark (not this region&apos;s figure)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="54"/>
        <source>增长率（不是占比）</source>
        <translation>Rate of change (not a share)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="59"/>
        <source>变化</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="59"/>
        <source>增长</source>
        <translation>up</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="59"/>
        <source>下降</source>
        <translation>down</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="77"/>
        <source>{0}{1} → {2}{3}（{4}）</source>
        <translation>{0}{1} → {2}{3} ({4})</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="78"/>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="79"/>
        <source>年 </source>
        <translation>: </translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="81"/>
        <source>与{0}年相比</source>
        <translation>Compared with {0}</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="82"/>
        <source>同比</source>
        <translation>Year on year</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="83"/>
        <source>，指 {0}</source>
        <translation>, referring to {0}</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="84"/>
        <source>{0}{1} {2}{3}</source>
        <translation>{0}, {1} {2}{3}</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="86"/>
        <source>高于</source>
        <translation>Above</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="86"/>
        <source>低于</source>
        <translation>Below</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="87"/>
        <source>{0}{1} {2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="94"/>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="94"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="95"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="95"/>
        <source>限定</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="95"/>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="95"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="96"/>
        <source>对象</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="96"/>
        <source>（未识别）</source>
        <translation>(not recognised)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="97"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="97"/>
        <source>（增长率）</source>
        <translation> (rate of change)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="98"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="100"/>
        <source>统一指标</source>
        <translation>Canonical indicator</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="102"/>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="104"/>
        <source>表格</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/describe.py" line="107"/>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
</context>
<context>
    <name>DockTitle</name>
    <message>
        <location filename="../../lawgov_gui/gui/common/dock_title.py" line="33"/>
        <source>浮动或停靠</source>
        <translation>Float or dock</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/dock_title.py" line="35"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../lawgov_gui/gui/reader/find.py" line="59"/>
        <source>查找（全角半角通用）</source>
        <translation>Find (full-width and half-width alike)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/find.py" line="60"/>
        <source>查找内容</source>
        <translation>Text to find</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/find.py" line="65"/>
        <source>匹配数</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/find.py" line="71"/>
        <source>上一个</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/find.py" line="71"/>
        <source>上一个 (Shift+F3)</source>
        <translation>Previous (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/find.py" line="72"/>
        <source>下一个</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/find.py" line="72"/>
        <source>下一个 (F3)</source>
        <translation>Next (F3)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/find.py" line="73"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/find.py" line="73"/>
        <source>关闭查找 (Esc)</source>
        <translation>Close find (Esc)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/find.py" line="107"/>
        <source>无结果</source>
        <translation>No results</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/find.py" line="119"/>
        <location filename="../../lawgov_gui/gui/reader/find.py" line="124"/>
        <source>查找结果</source>
        <translation>Find results</translation>
    </message>
    <message>
        <source>查找：</source>
        <translation type="vanished">Find:</translation>
    </message>
</context>
<context>
    <name>FirstReport</name>
    <message>
        <location filename="../../lawgov_gui/gui/shell/startup.py" line="75"/>
        <source>没有打开的报告。请用“文件 → 打开”选择报告。</source>
        <translation>No report is open. Choose one with File → Open.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../lawgov_gui/gui/library/import_panel.py" line="36"/>
        <source>正在重建报告库：第 {0}/{1} 个文件…</source>
        <translation>Rebuilding the library: file {0} of {1}…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/import_panel.py" line="37"/>
        <source>正在导入：第 {0}/{1} 个文件…</source>
        <translation>Importing: file {0} of {1}…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/import_panel.py" line="57"/>
        <source>导入进度说明</source>
        <translation>Import status</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/import_panel.py" line="59"/>
        <source>导入进度</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/import_panel.py" line="60"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/import_panel.py" line="61"/>
        <source>在当前文件完成后停止；已导入的报告保留 (Esc)</source>
        <translation>Stop after the current file; reports already imported stay (Esc)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/import_panel.py" line="63"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/import_panel.py" line="66"/>
        <source>导入结果</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/import_panel.py" line="90"/>
        <source>正在重建报告库…</source>
        <translation>Rebuilding the library…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/import_panel.py" line="90"/>
        <source>正在查找报告文件…</source>
        <translation>Looking for report files…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/import_panel.py" line="108"/>
        <source>正在取消：当前文件完成后停止…</source>
        <translation>Cancelling: stopping after the current file…</translation>
    </message>
</context>
<context>
    <name>IndicatorPanels</name>
    <message>
        <location filename="../../lawgov_gui/gui/panels/panels.py" line="114"/>
        <source>比率</source>
        <translation>Rates</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/panels.py" line="114"/>
        <source>变化</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/panels.py" line="115"/>
        <source>分节</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/panels.py" line="115"/>
        <source>核对</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/panels.py" line="116"/>
        <source>指标表</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/panels.py" line="122"/>
        <source>指标面板</source>
        <translation>Indicator panels</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/panels.py" line="123"/>
        <source>按原文顺序</source>
        <translation>In text order</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/panels.py" line="123"/>
        <source>按数值排序</source>
        <translation>By value</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/panels.py" line="124"/>
        <source>比率排序</source>
        <translation>Sort rates</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/panels.py" line="126"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/panels.py" line="127"/>
        <source>显示全部章节的指标</source>
        <translation>Show the indicators of all sections</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/panels.py" line="129"/>
        <source>导出图表…</source>
        <translation>Export chart…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/panels.py" line="183"/>
        <source>范围：{0}（{1} 个指标）</source>
        <translation>Scope: {0} ({1} indicators)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/panels.py" line="184"/>
        <source>全部章节</source>
        <translation>all sections</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/panels.py" line="266"/>
        <source>导出图表</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/panels.py" line="267"/>
        <source>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</source>
        <translation>PNG image (*.png);;SVG vector image (*.svg)</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table.py" line="88"/>
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table.py" line="89"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table.py" line="97"/>
        <source>筛选指标…</source>
        <translation>Filter indicators…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table.py" line="98"/>
        <source>筛选指标</source>
        <translation>Filter indicators</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table.py" line="101"/>
        <source>指标类型</source>
        <translation>Indicator kind</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table.py" line="104"/>
        <source>导出为 CSV 文件</source>
        <translation>Export as a CSV file</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table.py" line="105"/>
        <source>导出为 Excel 文件</source>
        <translation>Export as an Excel file</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table.py" line="108"/>
        <source>导出当前显示的行（按当前筛选与排序）</source>
        <translation>Export the rows shown (as currently filtered and sorted)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table.py" line="126"/>
        <source>指标表</source>
        <translation>Indicator table</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table.py" line="209"/>
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table.py" line="236"/>
        <location filename="../../lawgov_gui/gui/panels/table_model.py" line="54"/>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table.py" line="237"/>
        <source>-指标</source>
        <translation>-indicators</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table.py" line="241"/>
        <source>导出 CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table.py" line="241"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table.py" line="245"/>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table.py" line="245"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table.py" line="257"/>
        <source>未安装 openpyxl，无法写 Excel 文件。</source>
        <translation>openpyxl is not installed; cannot write Excel files.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table_model.py" line="54"/>
        <source>章节</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table_model.py" line="54"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table_model.py" line="54"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table_model.py" line="54"/>
        <source>限定</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table_model.py" line="54"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table_model.py" line="55"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table_model.py" line="55"/>
        <source>统一指标</source>
        <translation>Canonical indicator</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table_model.py" line="55"/>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/table_model.py" line="55"/>
        <source>原文</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation type="vanished">Export failed</translation>
    </message>
    <message>
        <source>无法写入 {0}</source>
        <translation type="vanished">Cannot write {0}</translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message>
        <location filename="../../lawgov_gui/gui/shell/library_commands.py" line="91"/>
        <source>比较</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/library_commands.py" line="91"/>
        <source>核查</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/library_commands.py" line="92"/>
        <source>对照</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/library_commands.py" line="111"/>
        <source>没有可加入报告库的文件：请先打开一份报告（从剪贴板打开的不能加入）。</source>
        <translation>No file to add to the library: open a report first (one opened from the clipboard cannot be added).</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/library_commands.py" line="118"/>
        <source>正在把 {0} 加入报告库…</source>
        <translation>Adding {0} to the library…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/library_commands.py" line="127"/>
        <source>已取消：{0} 未加入报告库。</source>
        <translation>Cancelled: {0} was not added to the library.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/library_commands.py" line="130"/>
        <source>已把 {0} 加入报告库。</source>
        <translation>Added {0} to the library.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/library_commands.py" line="132"/>
        <source>{0} 已在报告库中（内容相同的报告）。</source>
        <translation>{0} is already in the library (a report with the same content).</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/library_commands.py" line="133"/>
        <source>{0} 未加入报告库：{1}</source>
        <translation>{0} was not added to the library: {1}</translation>
    </message>
</context>
<context>
    <name>LibraryDamage</name>
    <message>
        <location filename="../../lawgov_gui/gui/library/damage.py" line="24"/>
        <source>报告库无法使用</source>
        <translation>The library cannot be used</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/damage.py" line="25"/>
        <source>报告库文件已损坏，或不是本程序能读的版本。</source>
        <translation>The library file is damaged, or of a version this program cannot read.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/damage.py" line="27"/>
        <source>可以从报告的原文件重建报告库：报告重新导入，批注全部保留，损坏的文件另存一份。原文件已移走或删除的报告不会再出现。</source>
        <translation>The library can be rebuilt from the reports&apos; original files: the reports are imported again, every note is kept and the damaged file is saved aside. Reports whose files were moved or deleted will no longer appear.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/damage.py" line="30"/>
        <source>重建(&amp;R)</source>
        <translation>&amp;Rebuild</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/damage.py" line="31"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LibraryFilters</name>
    <message>
        <location filename="../../lawgov_gui/gui/library/filters.py" line="35"/>
        <source>全部层级</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/filters.py" line="35"/>
        <source>全部地区</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/filters.py" line="35"/>
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/filters.py" line="36"/>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/filters.py" line="40"/>
        <source>按层级筛选</source>
        <translation>Filter by level</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/filters.py" line="40"/>
        <source>按地区筛选</source>
        <translation>Filter by region</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/filters.py" line="41"/>
        <source>按年度筛选</source>
        <translation>Filter by year</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/filters.py" line="41"/>
        <source>按类型筛选</source>
        <translation>Filter by type</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/filters.py" line="52"/>
        <source>{0}年</source>
        <translation>{0}</translation>
    </message>
</context>
<context>
    <name>LibraryImport</name>
    <message>
        <location filename="../../lawgov_gui/gui/library/import_task.py" line="37"/>
        <source>报告库正在导入或重建报告，请等它完成（或取消）后再试。</source>
        <translation>The library is importing or rebuilding reports; please wait until it is done (or cancel it) and try again.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/import_task.py" line="43"/>
        <source>报告 ({0});;所有文件 (*)</source>
        <translation>Reports ({0});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/import_task.py" line="68"/>
        <source>已添加</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/import_task.py" line="68"/>
        <source>重复</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/import_task.py" line="69"/>
        <source>跳过</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/import_task.py" line="75"/>
        <source>{0}：{1}  {2}</source>
        <translation>{0}: {1}  {2}</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/import_task.py" line="76"/>
        <source>{0}  {1}</source>
        <translation>{0}  {1}</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/import_task.py" line="82"/>
        <source>共 {0} 个文件：已添加 {1}，重复 {2}，跳过 {3}。</source>
        <translation>{0} files: {1} added, {2} duplicates, {3} skipped.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/import_task.py" line="100"/>
        <source>已取消：其余 {0} 个文件未导入，已导入的报告保留在报告库中。</source>
        <translation>Cancelled: the other {0} files were not imported; the reports imported stay in the library.</translation>
    </message>
</context>
<context>
    <name>LibraryJobs</name>
    <message>
        <location filename="../../lawgov_gui/gui/library/background.py" line="50"/>
        <source>报告库无法写入：{0}</source>
        <translation>The library cannot be written: {0}</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/background.py" line="51"/>
        <source>处理时出错（{0}）。</source>
        <translation>An error occurred ({0}).</translation>
    </message>
</context>
<context>
    <name>LibrarySearch</name>
    <message>
        <location filename="../../lawgov_gui/gui/library/search_model.py" line="48"/>
        <source>输入要搜索的词语，例如“行政复议”；用空格分隔的几个词须同时出现。</source>
        <translation>Type the words to search for, such as “行政复议”; words separated by spaces must all appear.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/search_model.py" line="57"/>
        <source>没有找到“{0}”（在所选的层级、地区、年度或类型中）。</source>
        <translation>“{0}” was not found (in the chosen level, region, year or type).</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/search_model.py" line="57"/>
        <source>没有找到“{0}”。</source>
        <translation>“{0}” was not found.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/search_model.py" line="60"/>
        <source>前 {0} 份报告含有“{1}”，按相关程度排列。</source>
        <translation>The first {0} reports containing “{1}”, most relevant first.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/search_model.py" line="60"/>
        <source>{0} 份报告含有“{1}”，按相关程度排列。</source>
        <translation>{0} reports contain “{1}”, most relevant first.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/search_model.py" line="67"/>
        <location filename="../../lawgov_gui/gui/library/search_model.py" line="94"/>
        <source>（发布机关未识别）</source>
        <translation>(issuer not recognised)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/search_model.py" line="68"/>
        <location filename="../../lawgov_gui/gui/library/search_model.py" line="95"/>
        <source>{0}年</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/search_model.py" line="69"/>
        <location filename="../../lawgov_gui/gui/library/search_model.py" line="96"/>
        <source>（正文开头）</source>
        <translation>(start of the text)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/search_view.py" line="100"/>
        <source>在报告库的全部报告中搜索，如：行政复议 纠错率</source>
        <translation>Search every report of the library, e.g. 行政复议 纠错率</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/search_view.py" line="101"/>
        <source>搜索词</source>
        <translation>Search words</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/search_view.py" line="105"/>
        <source>搜索结果说明</source>
        <translation>About the results</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/search_view.py" line="109"/>
        <source>搜索结果</source>
        <translation>Search results</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../../lawgov_gui/gui/library/window.py" line="75"/>
        <source>报告库 — 法治政府建设报告阅读器</source>
        <translation>Library — Rule-of-Law Government Report Reader</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/window.py" line="79"/>
        <source>报告库的页面</source>
        <translation>Library pages</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/window.py" line="84"/>
        <source>报告</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/window.py" line="85"/>
        <location filename="../../lawgov_gui/gui/library/window.py" line="101"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/window.py" line="99"/>
        <source>添加文件(&amp;A)…</source>
        <translation>&amp;Add Files…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/window.py" line="100"/>
        <source>添加文件夹(&amp;D)…</source>
        <translation>Add Fol&amp;der…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/window.py" line="102"/>
        <source>下一页</source>
        <translation>Next Page</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/window.py" line="104"/>
        <source>上一页</source>
        <translation>Previous Page</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/window.py" line="106"/>
        <source>取消或关闭</source>
        <translation>Cancel or Close</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/window.py" line="107"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/window.py" line="109"/>
        <source>把报告文件加入报告库 (Ctrl+O)</source>
        <translation>Add report files to the library (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/window.py" line="110"/>
        <source>把一个文件夹中的全部报告加入报告库 (Ctrl+Shift+O)</source>
        <translation>Add every report in a folder to the library (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/window.py" line="148"/>
        <source>添加报告到报告库</source>
        <translation>Add Reports to the Library</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/window.py" line="154"/>
        <source>添加文件夹中的报告到报告库</source>
        <translation>Add the Reports in a Folder to the Library</translation>
    </message>
</context>
<context>
    <name>LoadStatus</name>
    <message>
        <location filename="../../lawgov_gui/gui/shell/load_status.py" line="36"/>
        <source>正在读取并分析</source>
        <translation>Reading and analysing</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/load_status.py" line="36"/>
        <source>正在排版</source>
        <translation>Laying out</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/load_status.py" line="37"/>
        <source>正在建立查找索引</source>
        <translation>Indexing for Find</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/load_status.py" line="58"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/load_status.py" line="59"/>
        <source>取消打开 (Esc)</source>
        <translation>Cancel opening (Esc)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/load_status.py" line="60"/>
        <source>取消打开</source>
        <translation>Cancel opening</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/load_status.py" line="105"/>
        <source>%v/%m 页</source>
        <translation>%v/%m pages</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/load_status.py" line="110"/>
        <source>{0}（{1} 秒）</source>
        <translation>{0} ({1} s)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/load_status.py" line="118"/>
        <source>正在识别文字：第 {0}/{1} 页…</source>
        <translation>Recognising text: page {0}/{1}…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/load_status.py" line="119"/>
        <source>{0}…</source>
        <translation>{0}…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/load_status.py" line="124"/>
        <source>已取消打开 {0}：文字识别最迟在当前页识别完后停止</source>
        <translation>Opening {0} was cancelled: text recognition stops after the current page at the latest</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/load_status.py" line="126"/>
        <source>已取消打开 {0}</source>
        <translation>Opening {0} was cancelled</translation>
    </message>
    <message>
        <source>{0}…（{1} 秒）</source>
        <translation type="vanished">{0}… ({1} s)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lawgov_gui/gui/shell/main_window.py" line="109"/>
        <source>法治政府建设报告阅读器</source>
        <translation>Rule-of-Law Government Report Reader</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/main_window.py" line="112"/>
        <source>报告正文</source>
        <translation>Report text</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/main_window.py" line="113"/>
        <source>正在打开报告…</source>
        <translation>Opening the report…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/main_window.py" line="189"/>
        <source>打开报告</source>
        <translation>Open report</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/main_window.py" line="189"/>
        <source>报告 (*.txt *.text *.html *.htm *.docx *.doc *.wps *.pdf *.ofd);;所有文件 (*)</source>
        <translation>Reports (*.txt *.text *.html *.htm *.docx *.doc *.wps *.pdf *.ofd);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/main_window.py" line="206"/>
        <source>{0} — 法治政府建设报告阅读器</source>
        <translation>{0} — Rule-of-Law Government Report Reader</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/main_window.py" line="207"/>
        <source>{0} · {1} 个章节 · {2} 个指标</source>
        <translation>{0} · {1} sections · {2} indicators</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/main_window.py" line="213"/>
        <source>无法打开 {0}</source>
        <translation>Cannot open {0}</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/status_line.py" line="41"/>
        <source>正在加载</source>
        <translation>Loading</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/status_line.py" line="50"/>
        <source>正在打开 {0}…</source>
        <translation>Opening {0}…</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="49"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="50"/>
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="51"/>
        <source>从剪贴板打开(&amp;V)</source>
        <translation>Open from Clip&amp;board</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="53"/>
        <source>最近打开(&amp;R)</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="57"/>
        <source>报告库(&amp;L)…</source>
        <translation>&amp;Library…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="58"/>
        <source>添加到报告库(&amp;B)</source>
        <translation>Add &amp;to Library</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="62"/>
        <source>打印摘要(&amp;P)…</source>
        <translation>&amp;Print Summary…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="64"/>
        <source>导出摘要为 PDF(&amp;D)…</source>
        <translation>Export Summary as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="66"/>
        <source>导出摘要为 Word(&amp;W)…</source>
        <translation>Export Summary as &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="69"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="71"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="72"/>
        <source>查找(&amp;F)…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="73"/>
        <source>查找下一个(&amp;N)</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="75"/>
        <source>查找上一个(&amp;P)</source>
        <translation>Find &amp;Previous</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="79"/>
        <source>高亮(&amp;H)</source>
        <translation>&amp;Highlight</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="80"/>
        <source>添加批注(&amp;M)…</source>
        <translation>Add a &amp;Note…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="84"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="86"/>
        <source>放大(&amp;I)</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="88"/>
        <source>缩小(&amp;O)</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="90"/>
        <source>实际大小(&amp;R)</source>
        <translation>&amp;Reset Zoom</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="93"/>
        <source>展开全部章节</source>
        <translation>Expand All Sections</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="94"/>
        <source>折叠全部章节</source>
        <translation>Collapse All Sections</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="96"/>
        <source>跟随系统</source>
        <translation>Follow System</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="96"/>
        <source>浅色</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="96"/>
        <source>深色</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="97"/>
        <source>主题(&amp;T)</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="100"/>
        <source>界面字号(&amp;U)</source>
        <translation>Interface &amp;Size</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="103"/>
        <source>指标面板(&amp;P)</source>
        <translation>Indicator &amp;Panels</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="104"/>
        <source>查找结果(&amp;S)</source>
        <translation>&amp;Find Results</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="106"/>
        <source>批注(&amp;N)</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="108"/>
        <source>重置布局(&amp;L)</source>
        <translation>Reset &amp;Layout</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="111"/>
        <source>导航(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="112"/>
        <source>后退(&amp;B)</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="113"/>
        <source>前进(&amp;F)</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="116"/>
        <source>转到章节目录</source>
        <translation>Go to Contents</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="117"/>
        <source>转到正文</source>
        <translation>Go to Text</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="119"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/menus.py" line="120"/>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <location filename="../../lawgov_gui/gui/shell/note_commands.py" line="45"/>
        <source>批注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/note_commands.py" line="115"/>
        <source>请先在正文中选中要高亮的文字。</source>
        <translation>Select the text to highlight first.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/note_commands.py" line="123"/>
        <source>请先在正文中选中要批注的文字。</source>
        <translation>Select the text to annotate first.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/note_commands.py" line="159"/>
        <source>已添加批注。</source>
        <translation>Note added.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/note_commands.py" line="159"/>
        <source>已高亮。</source>
        <translation>Highlighted.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../lawgov_gui/gui/reader/note_dialog.py" line="39"/>
        <source>编辑批注</source>
        <translation>Edit Note</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/note_dialog.py" line="39"/>
        <source>添加批注</source>
        <translation>Add Note</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/note_dialog.py" line="46"/>
        <source>批注内容</source>
        <translation>Note text</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/note_dialog.py" line="47"/>
        <source>写下批注（Ctrl+Enter 保存，Esc 取消）</source>
        <translation>Write a note (Ctrl+Enter saves, Esc cancels)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/note_dialog.py" line="58"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/note_dialog.py" line="59"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NoteMargin</name>
    <message>
        <location filename="../../lawgov_gui/gui/reader/note_margin.py" line="58"/>
        <source>批注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/note_margin.py" line="58"/>
        <source>高亮</source>
        <translation>Highlight</translation>
    </message>
</context>
<context>
    <name>NotesExport</name>
    <message>
        <location filename="../../lawgov_gui/gui/panels/notes_export.py" line="36"/>
        <source>报告</source>
        <translation>report</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/notes_export.py" line="37"/>
        <source>-批注</source>
        <translation>-notes</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/notes_export.py" line="66"/>
        <source>Markdown 文件 (*.md)</source>
        <translation>Markdown files (*.md)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/notes_export.py" line="66"/>
        <source>JSON 文件 (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/notes_export.py" line="67"/>
        <source>导出批注</source>
        <translation>Export Notes</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../lawgov_gui/gui/panels/notes_panel.py" line="71"/>
        <source>已删除一条批注。</source>
        <translation>A note was deleted.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/notes_panel.py" line="72"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/notes_panel.py" line="73"/>
        <source>导出 Markdown…</source>
        <translation>Export Markdown…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/notes_panel.py" line="74"/>
        <source>导出 JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/notes_panel.py" line="79"/>
        <source>筛选批注（原文或批注内容）</source>
        <translation>Filter notes (quoted text or note)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/notes_panel.py" line="80"/>
        <source>筛选批注</source>
        <translation>Filter notes</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/notes_panel.py" line="83"/>
        <source>批注列表</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/notes_panel.py" line="156"/>
        <source>没有批注含有“{0}”。</source>
        <translation>No note contains “{0}”.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/notes_panel.py" line="158"/>
        <source>打开报告后，可在这里查看批注。</source>
        <translation>Open a report to see its notes here.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/notes_panel.py" line="160"/>
        <source>这份报告还没有批注。

在正文中选中文字，按 Ctrl+H 高亮，或按 Ctrl+M 添加批注；也可在右键菜单中选择。</source>
        <translation>This report has no notes yet.

Select text in the report, then press Ctrl+H to highlight it or Ctrl+M to add a note; both are in the context menu too.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/notes_panel.py" line="231"/>
        <source>批注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/notes_panel.py" line="231"/>
        <source>高亮</source>
        <translation>Highlight</translation>
    </message>
</context>
<context>
    <name>OcrNotice</name>
    <message>
        <location filename="../../lawgov_gui/gui/shell/ocr_notice.py" line="53"/>
        <source>本报告由文字识别（OCR）得到，可能有错字，请以原件为准。</source>
        <translation>This report was obtained by text recognition (OCR) and may contain misread characters; the original document prevails.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/ocr_notice.py" line="57"/>
        <source>关闭此提示</source>
        <translation>Close this notice</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/ocr_notice.py" line="58"/>
        <source>关闭文字识别提示</source>
        <translation>Close the text recognition notice</translation>
    </message>
</context>
<context>
    <name>OcrPreview</name>
    <message>
        <location filename="../../lawgov_gui/gui/shell/ocr_preview.py" line="51"/>
        <source>已识别的文字（预览）</source>
        <translation>Recognised text (preview)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/ocr_preview.py" line="74"/>
        <source>正在识别…已识别 {0}/{1} 页（预览：识别完成后显示完整的报告、目录和指标；Esc 取消）</source>
        <translation>Recognising… {0}/{1} pages recognised (preview: the full report, its sections and indicators appear when recognition is done; Esc cancels)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/ocr_preview.py" line="77"/>
        <source>已识别 {0}/{0} 页，正在整理报告…</source>
        <translation>{0}/{0} pages recognised, preparing the report…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/ocr_preview.py" line="91"/>
        <source>— 第 {0} 页 —</source>
        <translation>— Page {0} —</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/ocr_preview.py" line="93"/>
        <source>（此页未识别出文字）</source>
        <translation>(no text recognised on this page)</translation>
    </message>
</context>
<context>
    <name>PairView</name>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_choice.py" line="34"/>
        <location filename="../../lawgov_gui/gui/library/pair_choice.py" line="39"/>
        <source>发布机关</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_choice.py" line="35"/>
        <source>前一年度</source>
        <translation>Earlier year</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_choice.py" line="36"/>
        <source>后一年度</source>
        <translation>Later year</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_choice.py" line="39"/>
        <source>对照年度</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_choice.py" line="40"/>
        <source>与</source>
        <translation>with</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_choice.py" line="98"/>
        <source>%1（%2 份）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_model.py" line="46"/>
        <source>年度不详</source>
        <translation>Year unknown</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_model.py" line="46"/>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_model.py" line="62"/>
        <source>持平</source>
        <translation>no change</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_model.py" line="64"/>
        <source>%1个百分点</source>
        <translation>%1 percentage points</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_model.py" line="120"/>
        <source>（无对应章节）</source>
        <translation>(no matching section)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_model.py" line="134"/>
        <source>两年的章节序号相同，标题相同或相近</source>
        <translation>Same number in both years, same or similar title</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_model.py" line="135"/>
        <source>两年的章节标题相近，序号不同（其间有章节增删）</source>
        <translation>Similar title, another number (a section was added or removed before it)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_model.py" line="136"/>
        <source>仅见于前一年度的报告</source>
        <translation>Only in the earlier year&apos;s report</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_model.py" line="136"/>
        <source>仅见于后一年度的报告</source>
        <translation>Only in the later year&apos;s report</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_model.py" line="151"/>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_model.py" line="152"/>
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_model.py" line="161"/>
        <source>该年度报告未载明此项指标</source>
        <translation>This year&apos;s report does not state this indicator</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_model.py" line="178"/>
        <source>仅%1载明</source>
        <translation>Only stated in %1</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_model.py" line="179"/>
        <source>单位不同，未计算</source>
        <translation>Different units, not computed</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_panes.py" line="36"/>
        <source>章节对照</source>
        <translation>Sections side by side</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_panes.py" line="38"/>
        <location filename="../../lawgov_gui/gui/library/pair_panes.py" line="53"/>
        <source>指标对照</source>
        <translation>Figures side by side</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_panes.py" line="51"/>
        <source>章节正文</source>
        <translation>Section text</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_task.py" line="30"/>
        <source>对照时出错（{0}）。</source>
        <translation>The reports could not be set side by side ({0}).</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_view.py" line="69"/>
        <source>正在对照</source>
        <translation>Setting side by side</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_view.py" line="134"/>
        <source>报告库中的报告都未识别出发布机关，无法对照。</source>
        <translation>No report in the library has a recognised issuer; nothing to compare.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_view.py" line="135"/>
        <source>报告库中还没有报告。请先在报告库中添加报告。</source>
        <translation>The library has no reports yet. Add reports to the library first.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_view.py" line="146"/>
        <source>报告库中每个发布机关都只有一份报告。添加同一机关另一年度的报告后，即可在这里逐章对照两年的报告。</source>
        <translation>Each issuer has only one report in the library. Add a report of another year by the same issuer to compare the two years here, section by section.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_view.py" line="149"/>
        <source>该机关在报告库中只有一份报告，请添加其他年度的报告后再对照。</source>
        <translation>The library holds only one report of this issuer; add a report of another year to compare.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_view.py" line="152"/>
        <source>请选择两份不同的报告。</source>
        <translation>Choose two different reports.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_view.py" line="163"/>
        <source>正在逐章对照两份报告……</source>
        <translation>Setting the two reports side by side, section by section…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/pair_view.py" line="215"/>
        <source>%1的报告中没有与之对应的章节。</source>
        <translation>The report of %1 has no matching section.</translation>
    </message>
</context>
<context>
    <name>PanelsDock</name>
    <message>
        <location filename="../../lawgov_gui/gui/panels/dock.py" line="58"/>
        <source>指标面板</source>
        <translation>Indicator panels</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/panels/dock.py" line="67"/>
        <source>正在准备指标面板…</source>
        <translation>Preparing the indicator panels…</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../../lawgov_gui/gui/reader/document.py" line="100"/>
        <source>标题由正文推断</source>
        <translation>Title inferred from the text</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/document.py" line="113"/>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/document.py" line="114"/>
        <source>{0}年</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/document.py" line="115"/>
        <source>发布单位：</source>
        <translation>Issued by: </translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/document.py" line="115"/>
        <source>报告年度：</source>
        <translation>Report year: </translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/document.py" line="116"/>
        <source>发布日期：</source>
        <translation>Published: </translation>
    </message>
    <message>
        <source>原文没有标题行，此标题根据发布单位和年度推断</source>
        <translation type="vanished">The original has no title line; this title was inferred from the issuer and the year</translation>
    </message>
    <message>
        <source>（推断）</source>
        <translation type="vanished">(inferred)</translation>
    </message>
</context>
<context>
    <name>ReportSession</name>
    <message>
        <location filename="../../lawgov_gui/gui/shell/session.py" line="88"/>
        <source>{0}里没有文字。</source>
        <translation>There is no text in {0}.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/shell/session.py" line="195"/>
        <source>读取文件时发生意外错误：{0}</source>
        <translation>An unexpected error occurred while reading the file: {0}</translation>
    </message>
</context>
<context>
    <name>ReportsModel</name>
    <message>
        <location filename="../../lawgov_gui/gui/library/reports_model.py" line="54"/>
        <source>发布机关</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/reports_model.py" line="54"/>
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/reports_model.py" line="54"/>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/reports_model.py" line="55"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/reports_model.py" line="55"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/reports_model.py" line="55"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/reports_model.py" line="56"/>
        <source>指标数</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/reports_model.py" line="56"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/reports_model.py" line="63"/>
        <source>（未识别）</source>
        <translation>(not recognised)</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../lawgov_gui/gui/library/reports_view.py" line="59"/>
        <source>筛选：发布机关、地区、标题或文件名</source>
        <translation>Filter: issuer, region, title or file name</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/reports_view.py" line="60"/>
        <source>筛选报告</source>
        <translation>Filter reports</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/reports_view.py" line="76"/>
        <source>报告列表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/reports_view.py" line="102"/>
        <source>添加报告…</source>
        <translation>Add Reports…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/reports_view.py" line="103"/>
        <source>添加报告</source>
        <translation>Add reports</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/reports_view.py" line="135"/>
        <source>正在导入报告…</source>
        <translation>Importing reports…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/reports_view.py" line="136"/>
        <source>导入完成后，报告在这里列出；进度见窗口下方。</source>
        <translation>The reports are listed here when the import is done; its progress is shown at the foot of the window.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/reports_view.py" line="138"/>
        <source>报告库中还没有报告</source>
        <translation>The library has no reports yet</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/reports_view.py" line="139"/>
        <source>添加法治政府建设年度报告的文件（TXT、网页、Word、PDF、OFD）或整个文件夹，即可在这里浏览、在全部报告中搜索，并对比各地的指标。</source>
        <translation>Add the files of annual rule-of-law government reports (TXT, web pages, Word, PDF, OFD) or a whole folder, to browse them here, search all of them and compare the figures of different places.</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/reports_view.py" line="162"/>
        <source>共 {0} 份</source>
        <translation>{0} reports</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/library/reports_view.py" line="163"/>
        <source>{0}/{1} 份</source>
        <translation>{0} of {1}</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <location filename="../../lawgov_gui/gui/common/save_dialog.py" line="60"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/common/save_dialog.py" line="63"/>
        <source>原有的文件没有改动。</source>
        <translation>The existing file was left unchanged.</translation>
    </message>
</context>
<context>
    <name>SectionTree</name>
    <message>
        <location filename="../../lawgov_gui/gui/reader/section_tree.py" line="53"/>
        <source>本节共 {0} 个指标</source>
        <translation>{0} indicators in this section</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/section_tree.py" line="84"/>
        <source>筛选章节…</source>
        <translation>Filter sections…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/section_tree.py" line="85"/>
        <source>筛选章节</source>
        <translation>Filter sections</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/section_tree.py" line="89"/>
        <source>展开</source>
        <translation>Expand</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/section_tree.py" line="89"/>
        <source>全部展开</source>
        <translation>Expand all</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/section_tree.py" line="90"/>
        <source>折叠</source>
        <translation>Collapse</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/section_tree.py" line="90"/>
        <source>全部折叠</source>
        <translation>Collapse all</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/section_tree.py" line="109"/>
        <source>章节目录</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/section_tree.py" line="121"/>
        <source>章节</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/reader/section_tree.py" line="121"/>
        <source>指标</source>
        <translation>Indicators</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../lawgov_gui/gui/printing/actions.py" line="73"/>
        <source>摘要选项</source>
        <translation>Summary options</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/printing/actions.py" line="76"/>
        <source>包含的章节</source>
        <translation>Sections included</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/printing/actions.py" line="83"/>
        <source>包含图表（比率、前后变化）</source>
        <translation>Include charts (rates, before and after)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/printing/actions.py" line="84"/>
        <source>附全部指标表</source>
        <translation>Append the table of all indicators</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/printing/actions.py" line="85"/>
        <source>附报告全文</source>
        <translation>Append the full report text</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/printing/actions.py" line="89"/>
        <source>公文版式（GB/T 9704）</source>
        <translation>Official-document layout (GB/T 9704)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/printing/actions.py" line="90"/>
        <source>紧凑版式（一页要点，后附明细）</source>
        <translation>Compact layout (a one-page digest, then the detail)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/printing/actions.py" line="107"/>
        <source>章节</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/printing/actions.py" line="108"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/printing/actions.py" line="110"/>
        <source>版式</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/printing/actions.py" line="111"/>
        <source>纸张</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/printing/actions.py" line="156"/>
        <source>无法写入 {0}：{1}</source>
        <translation>Cannot write {0}: {1}</translation>
    </message>
    <message>
        <source>紧凑版式（一至两页简报）</source>
        <translation type="vanished">Compact layout (a one- or two-page brief)</translation>
    </message>
</context>
<context>
    <name>SummaryMenu</name>
    <message>
        <location filename="../../lawgov_gui/gui/printing/commands.py" line="90"/>
        <source>-摘要</source>
        <translation>-summary</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/printing/commands.py" line="91"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/printing/commands.py" line="91"/>
        <source>Word 文档 (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/printing/commands.py" line="92"/>
        <source>导出摘要</source>
        <translation>Export summary</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/printing/commands.py" line="114"/>
        <source>打印预览 — {0}</source>
        <translation>Print Preview — {0}</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/printing/commands.py" line="141"/>
        <source>正在导出 {0}…</source>
        <translation>Exporting {0}…</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/printing/commands.py" line="145"/>
        <source>正在导出摘要：第 {0}/{1} 页</source>
        <translation>Exporting the summary: page {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../lawgov_gui/gui/printing/commands.py" line="150"/>
        <source>摘要已导出：{0}</source>
        <translation>Summary exported: {0}</translation>
    </message>
    <message>
        <source>无法导出摘要</source>
        <translation type="vanished">Cannot export the summary</translation>
    </message>
</context>
</TS>
