<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Catalog</name>
    <message>
        <source>Reading the database failed: %1</source>
        <translation>Không đọc được cơ sở dữ liệu: %1</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>unknown province &quot;%1&quot;: use TQ, BG or TV.</source>
        <translation>không có tỉnh &quot;%1&quot;: dùng TQ, BG hoặc TV.</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;: see pardesk-cli themes.</source>
        <translation>không có chủ đề &quot;%1&quot;: xem pardesk-cli themes.</translation>
    </message>
    <message>
        <source>no plan numbered &quot;%1&quot;: see pardesk-cli plans.</source>
        <translation>không có kế hoạch số &quot;%1&quot;: xem pardesk-cli plans.</translation>
    </message>
    <message>
        <source>no submission with id &quot;%1&quot;: see pardesk-cli submissions.</source>
        <translation>không có báo cáo số liệu mã &quot;%1&quot;: xem pardesk-cli submissions.</translation>
    </message>
    <message>
        <source>ParDesk on the command line: prints the store&apos;s plans, targets, tasks, forms, submissions and scores as JSON.

Commands:
  init                       create or upgrade the store
  plans                      the documents
  targets [--province P] [--theme KEY] [--plan NUMBER]
  tasks [--plan NUMBER]
  forms                      the report forms
  submissions                the agencies&apos; submissions
  values --submission ID     the values of one submission
  scores                     PAR Index, SIPAS and PAPI scores
  themes                     the themes that group targets across provinces</source>
        <translation>ParDesk trên dòng lệnh: in kế hoạch, chỉ tiêu, nhiệm vụ, biểu mẫu, báo cáo số liệu và điểm chỉ số trong kho dữ liệu dưới dạng JSON.

Các lệnh:
  init                       tạo mới hoặc nâng cấp kho dữ liệu
  plans                      các văn bản
  targets [--province P] [--theme KEY] [--plan NUMBER]
  tasks [--plan NUMBER]
  forms                      các biểu mẫu báo cáo
  submissions                các báo cáo số liệu của cơ quan
  values --submission ID     số liệu của một báo cáo
  scores                     điểm PAR Index, SIPAS và PAPI
  themes                     các chủ đề nhóm chỉ tiêu giữa các tỉnh</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Tệp cơ sở dữ liệu (mặc định: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>đường dẫn</translation>
    </message>
    <message>
        <source>Only this province: TQ, BG or TV.</source>
        <translation>Chỉ tỉnh này: TQ, BG hoặc TV.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>Only targets of this theme.</source>
        <translation>Chỉ các chỉ tiêu thuộc chủ đề này.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>khóa</translation>
    </message>
    <message>
        <source>Only this plan (its number, e.g. 268/KH-UBND, or its key).</source>
        <translation>Chỉ kế hoạch này (số hiệu, ví dụ 268/KH-UBND, hoặc khóa).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>số hiệu</translation>
    </message>
    <message>
        <source>The submission&apos;s id.</source>
        <translation>Mã của báo cáo số liệu.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Việc cần làm (xem ở trên).</translation>
    </message>
    <message>
        <source>give one command; see pardesk-cli --help.</source>
        <translation>hãy cho một lệnh; xem pardesk-cli --help.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see pardesk-cli --help.</source>
        <translation>không có lệnh &quot;%1&quot;; xem pardesk-cli --help.</translation>
    </message>
    <message>
        <source>the command %1 does not take --%2.</source>
        <translation>lệnh %1 không dùng tùy chọn --%2.</translation>
    </message>
    <message>
        <source>values needs --submission ID.</source>
        <translation>lệnh values cần --submission MÃ.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Chưa chỉ ra tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist.</source>
        <translation>thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>đây là một thư mục, không phải một tệp.</translation>
    </message>
    <message>
        <source>the file cannot be read (no permission).</source>
        <translation>không đọc được tệp (không có quyền).</translation>
    </message>
    <message>
        <source>the file is read-only; ParDesk needs to write to it.</source>
        <translation>tệp chỉ cho phép đọc; ParDesk cần ghi vào tệp.</translation>
    </message>
    <message>
        <source>the file is not a SQLite database.</source>
        <translation>tệp không phải là cơ sở dữ liệu SQLite.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>tệp không tồn tại.</translation>
    </message>
    <message>
        <source>the folder %1 is read-only.</source>
        <translation>thư mục %1 chỉ cho phép đọc.</translation>
    </message>
    <message>
        <source>the file is damaged or not a database (%1).</source>
        <translation>tệp bị hỏng hoặc không phải cơ sở dữ liệu (%1).</translation>
    </message>
    <message>
        <source>the database is damaged (%1).</source>
        <translation>cơ sở dữ liệu bị hỏng (%1).</translation>
    </message>
    <message>
        <source>it was written by a newer version of ParDesk (schema %1; this version reads up to %2). Please update ParDesk.</source>
        <translation>tệp do phiên bản ParDesk mới hơn tạo ra (lược đồ %1; phiên bản này đọc được đến %2). Vui lòng cập nhật ParDesk.</translation>
    </message>
    <message>
        <source>it is a SQLite database of another program, not a ParDesk store.</source>
        <translation>đây là cơ sở dữ liệu SQLite của chương trình khác, không phải kho dữ liệu ParDesk.</translation>
    </message>
    <message>
        <source>the write-ahead journal could not be enabled (%1).</source>
        <translation>không bật được nhật ký ghi trước (WAL) (%1).</translation>
    </message>
    <message>
        <source>the database is busy or locked (%1).</source>
        <translation>cơ sở dữ liệu đang bận hoặc bị khóa (%1).</translation>
    </message>
    <message>
        <source>upgrading to schema %1 failed: %2</source>
        <translation>nâng cấp lên lược đồ %1 không thành công: %2</translation>
    </message>
    <message>
        <source>the bundled dataset could not be loaded: %1</source>
        <translation>không nạp được bộ dữ liệu kèm theo: %1</translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <source>The formula %1 is neither a ratio of two items nor a sum of items.</source>
        <translation>Công thức %1 không phải là tỷ lệ giữa hai chỉ tiêu hay tổng của các chỉ tiêu.</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; không phải là số</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The transaction could not start: %1</source>
        <translation>Không bắt đầu được giao dịch: %1</translation>
    </message>
    <message>
        <source>The changes could not be saved: %1</source>
        <translation>Không lưu được thay đổi: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ParDesk: plans, targets and reports of administrative reform.</source>
        <translation>ParDesk: kế hoạch, chỉ tiêu và báo cáo cải cách hành chính.</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>đường dẫn</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and quit.</source>
        <translation>Chụp cửa sổ ra tệp PNG rồi thoát.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>Select this document (its key) on start.</source>
        <translation>Chọn văn bản này (theo khóa) khi khởi động.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>khóa</translation>
    </message>
    <message>
        <source>ParDesk</source>
        <translation>ParDesk</translation>
    </message>
</context>
<context>
    <name>pardesk::DocumentListModel</name>
    <message>
        <source>%1 targets, %2 tasks
Source: %3</source>
        <translation>%1 chỉ tiêu, %2 nhiệm vụ
Nguồn: %3</translation>
    </message>
</context>
<context>
    <name>pardesk::MainWindow</name>
    <message>
        <source>ParDesk — administrative reform plans and targets</source>
        <translation>ParDesk — kế hoạch và chỉ tiêu cải cách hành chính</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n chỉ tiêu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pardesk::TargetTableModel</name>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source> (strive)</source>
        <translation> (phấn đấu)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Thời gian thực hiện</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>reduce %1 vs %2</source>
        <translation>giảm %1 so với %2</translation>
    </message>
    <message>
        <source>reduce %1</source>
        <translation>giảm %1</translation>
    </message>
</context>
</TS>
