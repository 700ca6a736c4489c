<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutBox</name>
    <message>
        <source>Plans, targets and reports of administrative reform, for offices that work offline.</source>
        <translation>Kế hoạch, chỉ tiêu và báo cáo cải cách hành chính, cho cơ quan làm việc không cần mạng.</translation>
    </message>
    <message numerus="yes">
        <source>The bundled data is transcribed from %n source document(s), each record with its provenance:</source>
        <translation>
            <numerusform>Dữ liệu kèm theo được chép từ %n văn bản gốc, mỗi bản ghi ghi rõ nguồn:</numerusform>
        </translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>About ParDesk</source>
        <translation>Giới thiệu ParDesk</translation>
    </message>
</context>
<context>
    <name>Aggregator</name>
    <message>
        <source>No agency has reported on the form %1 for the period %2.</source>
        <translation>Chưa có cơ quan nào báo cáo biểu mẫu %1 cho kỳ %2.</translation>
    </message>
    <message>
        <source>No period was given.</source>
        <translation>Chưa chọn kỳ báo cáo nào.</translation>
    </message>
    <message>
        <source>%1 is not a level of agencies (province, department, district, commune).</source>
        <translation>%1 không phải là một cấp cơ quan (province, department, district, commune).</translation>
    </message>
    <message>
        <source>There is no agency with the id %1.</source>
        <translation>Không có cơ quan có mã %1.</translation>
    </message>
</context>
<context>
    <name>AppendixExport</name>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>PDF (*.pdf);;Văn bản OpenDocument (*.odt);;Bảng tính Excel (*.xlsx);;CSV cho Excel (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: give a file ending in .pdf, .odt, .xlsx or .csv.</source>
        <translation>Không ghi được &quot;%1&quot;: hãy đặt tên tệp có đuôi .pdf, .odt, .xlsx hoặc .csv.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: the folder %2 does not exist.</source>
        <translation>Không ghi được &quot;%1&quot;: thư mục %2 không tồn tại.</translation>
    </message>
</context>
<context>
    <name>AppendixText</name>
    <message>
        <source>No plan numbered &quot;%1&quot;.</source>
        <translation>Không có kế hoạch số &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Several documents are numbered &quot;%1&quot;: give one of their keys (%2).</source>
        <translation>Có nhiều văn bản cùng số &quot;%1&quot;: hãy chọn theo mã của văn bản (%2).</translation>
    </message>
    <message>
        <source>document</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <source>Attached to %1 No. %2 dated %3 of %4</source>
        <translation>Kèm theo %1 số %2 ngày %3 của %4</translation>
    </message>
    <message>
        <source>SOCIALIST REPUBLIC OF VIET NAM</source>
        <translation>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</translation>
    </message>
    <message>
        <source>Independence - Freedom - Happiness</source>
        <translation>Độc lập - Tự do - Hạnh phúc</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <source>Coordinating agencies</source>
        <translation>Cơ quan phối hợp</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Phụ lục</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The change could not be recorded in the audit log: %1</source>
        <translation>Không ghi được thay đổi vào nhật ký kiểm tra: %1</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>Không ghi được bản sao lưu %1: %2</translation>
    </message>
    <message>
        <source>the database is not open.</source>
        <translation>cơ sở dữ liệu chưa được mở.</translation>
    </message>
    <message>
        <source>No backup file was given.</source>
        <translation>Chưa chọn tệp sao lưu.</translation>
    </message>
    <message>
        <source>it is the open database itself.</source>
        <translation>đó chính là cơ sở dữ liệu đang mở.</translation>
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
        <source>the copy cannot be moved into place (%1).</source>
        <translation>không thể đưa bản sao vào đúng vị trí (%1).</translation>
    </message>
    <message>
        <source>the ParDesk store already there could not be kept as %1.</source>
        <translation>không giữ lại được kho dữ liệu ParDesk đang có ở đó dưới tên %1.</translation>
    </message>
    <message>
        <source>The store is on a PostgreSQL server: back it up there with pg_dump (see docs/server.md), or make an offline copy in a file with pardesk-cli copy --from SERVER --to FILE.sqlite.</source>
        <translation>Kho dữ liệu nằm trên máy chủ PostgreSQL: hãy sao lưu trên máy chủ bằng pg_dump (xem docs/server.md), hoặc tạo bản sao ngoại tuyến vào một tệp bằng pardesk-cli copy --from SERVER --to FILE.sqlite.</translation>
    </message>
</context>
<context>
    <name>BackupRotation</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Không tạo được thư mục sao lưu %1.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Reading the database failed: %1</source>
        <translation>Không đọc được cơ sở dữ liệu: %1</translation>
    </message>
</context>
<context>
    <name>CellInput</name>
    <message>
        <source>%1 is a heading and takes no value.</source>
        <translation>%1 là dòng tiêu đề, không nhập số liệu.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2.</source>
        <translation>%1 không được thay đổi: %2.</translation>
    </message>
    <message>
        <source>%1 was not changed: &quot;%2&quot; is not one of its answers: %3.</source>
        <translation>%1 không được thay đổi: &quot;%2&quot; không phải một phương án trả lời: %3.</translation>
    </message>
</context>
<context>
    <name>CellText</name>
    <message>
        <source>%1 / %2 × 100</source>
        <translation>%1 / %2 × 100</translation>
    </message>
    <message>
        <source>%1 (computed %2)</source>
        <translation>%1 (tính được %2)</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>%1: not an X.509 certificate (PEM or DER) (%2).</source>
        <translation>%1: không phải chứng thư số X.509 (PEM hoặc DER) (%2).</translation>
    </message>
    <message>
        <source>%1: the certificate&apos;s validity dates cannot be read.</source>
        <translation>%1: không đọc được thời hạn hiệu lực của chứng thư số.</translation>
    </message>
    <message>
        <source>%1: not a certificate file (.pem, .crt, .cer or .der).</source>
        <translation>%1: không phải tệp chứng thư số (.pem, .crt, .cer hoặc .der).</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: không đọc được tệp (%2).</translation>
    </message>
    <message>
        <source>%1: the file is larger than any certificate.</source>
        <translation>%1: tệp lớn hơn mọi chứng thư số.</translation>
    </message>
</context>
<context>
    <name>CertificateRegister</name>
    <message>
        <source>The certificate could not be registered.</source>
        <translation>Không đăng ký được chứng thư số.</translation>
    </message>
    <message>
        <source>the agency %1 (%2)</source>
        <translation>đơn vị %1 (%2)</translation>
    </message>
    <message>
        <source>a certificate authority</source>
        <translation>một tổ chức chứng thực (CA)</translation>
    </message>
    <message>
        <source>certificate %1 of the register</source>
        <translation>chứng thư số %1 trong sổ đăng ký</translation>
    </message>
    <message>
        <source>The agency &quot;%1&quot; is not in this store.</source>
        <translation>Đơn vị &quot;%1&quot; không có trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>The agency %1 is not in this store.</source>
        <translation>Đơn vị %1 không có trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; (%2) is already registered, for %3.</source>
        <translation>Chứng thư số &quot;%1&quot; (%2) đã được đăng ký, cho %3.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is not a certificate authority&apos;s (its basic constraints do not say CA:TRUE); register an agency&apos;s certificate with its agency instead.</source>
        <translation>Chứng thư số &quot;%1&quot; không phải của tổ chức chứng thực (ràng buộc cơ bản không ghi CA:TRUE); hãy đăng ký chứng thư số của đơn vị cùng với đơn vị đó.</translation>
    </message>
    <message>
        <source>The province &quot;%1&quot; is not in this store.</source>
        <translation>Tỉnh &quot;%1&quot; không có trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>Give at least the first 8 characters of the certificate&apos;s fingerprint (see certificates list).</source>
        <translation>Hãy nhập ít nhất 8 ký tự đầu của dấu vân tay chứng thư số (xem certificates list).</translation>
    </message>
    <message>
        <source>No registered certificate has the fingerprint %1.</source>
        <translation>Không có chứng thư số đã đăng ký nào có dấu vân tay %1.</translation>
    </message>
    <message>
        <source>%1 registered certificates begin with %2; give more of the fingerprint.</source>
        <translation>Có %1 chứng thư số đã đăng ký bắt đầu bằng %2; hãy nhập dài hơn.</translation>
    </message>
    <message>
        <source>The register of certificates cannot be read</source>
        <translation>Không đọc được sổ đăng ký chứng thư số</translation>
    </message>
    <message>
        <source>The names of the agency %1 cannot be read</source>
        <translation>Không đọc được các tên của đơn vị %1</translation>
    </message>
    <message>
        <source>The certificate could not be registered</source>
        <translation>Không đăng ký được chứng thư số</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write &quot;%1&quot;: the file must end in .png, .svg or .pdf.</source>
        <translation>Không ghi được &quot;%1&quot;: tên tệp phải có đuôi .png, .svg hoặc .pdf.</translation>
    </message>
    <message>
        <source>A chart of %1 × %2 pixels cannot be drawn: give 200 × 150 to 12000 × 12000.</source>
        <translation>Không vẽ được biểu đồ cỡ %1 × %2 điểm ảnh: hãy chọn từ 200 × 150 đến 12000 × 12000.</translation>
    </message>
    <message>
        <source>Could not write the image %1.</source>
        <translation>Không ghi được tệp ảnh %1.</translation>
    </message>
    <message>
        <source>ParDesk chart</source>
        <translation>Biểu đồ ParDesk</translation>
    </message>
    <message>
        <source>Could not write the drawing %1.</source>
        <translation>Không ghi được tệp hình vẽ %1.</translation>
    </message>
    <message>
        <source>Could not write the document %1.</source>
        <translation>Không ghi được tệp tài liệu %1.</translation>
    </message>
    <message>
        <source>Print chart</source>
        <translation>In biểu đồ</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Source: the ParDesk store.</source>
        <translation>Nguồn: cơ sở dữ liệu ParDesk.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Nguồn: %1.</translation>
    </message>
    <message>
        <source>Each bar is one target (per level, per document); hover over a bar for its wording.</source>
        <translation>Mỗi cột là một chỉ tiêu (theo từng cấp, từng văn bản); rê chuột lên cột để xem nguyên văn.</translation>
    </message>
    <message>
        <source>Shade: the number of targets the province set for the theme.</source>
        <translation>Độ đậm: số chỉ tiêu tỉnh đặt ra cho nội dung này.</translation>
    </message>
    <message>
        <source>Actuals: form %1, item %2, summed numerators over summed denominators for percentages.</source>
        <translation>Số thực hiện: biểu %1, chỉ tiêu %2; tỷ lệ tính bằng tổng tử số chia tổng mẫu số.</translation>
    </message>
    <message>
        <source>No index scores (PAR Index, PAPI, SIPAS) in the store for %1.</source>
        <translation>Cơ sở dữ liệu chưa có điểm chỉ số (PAR Index, PAPI, SIPAS) của %1.</translation>
    </message>
    <message>
        <source>Numbers are written the Vietnamese way: 1.234,5.</source>
        <translation>Số viết theo cách Việt Nam: 1.234,5.</translation>
    </message>
    <message>
        <source>The criteria that lost the most points are on top.</source>
        <translation>Các tiêu chí bị mất nhiều điểm nhất ở trên cùng.</translation>
    </message>
    <message>
        <source>Self-assessment %1, %2: the estimate by area</source>
        <translation>Tự chấm điểm %1, %2: điểm ước tính theo lĩnh vực</translation>
    </message>
    <message>
        <source>Points: the council&apos;s where it appraised, else the agency&apos;s own; a survey criterion keeps the last official result. An estimate, not the official index.</source>
        <translation>Điểm: của hội đồng thẩm định nếu đã thẩm định, nếu chưa thì điểm tự chấm; tiêu chí điều tra xã hội học giữ kết quả chính thức gần nhất. Đây là điểm ước tính, không phải chỉ số chính thức.</translation>
    </message>
    <message>
        <source>No self-assessment of %1 yet, so no line through the year.</source>
        <translation>Chưa có bản tự chấm điểm nào của năm %1, nên chưa có đường diễn biến trong năm.</translation>
    </message>
</context>
<context>
    <name>ChartSource</name>
    <message>
        <source>cut %1</source>
        <translation>giảm %1</translation>
    </message>
    <message>
        <source>Unknown province &quot;%1&quot;: use TQ, BG or TV.</source>
        <translation>Không có tỉnh &quot;%1&quot;: dùng TQ, BG hoặc TV.</translation>
    </message>
</context>
<context>
    <name>ChartSpecText</name>
    <message>
        <source>Targets: %1</source>
        <translation>Chỉ tiêu: %1</translation>
    </message>
    <message>
        <source>Overview of targets</source>
        <translation>Tổng quan chỉ tiêu</translation>
    </message>
    <message>
        <source>agency %1</source>
        <translation>cơ quan %1</translation>
    </message>
    <message>
        <source>Trend: %1, %2, %3–%4</source>
        <translation>Diễn biến: %1, %2, %3–%4</translation>
    </message>
    <message>
        <source>Index scores: %1</source>
        <translation>Chỉ số xếp hạng: %1</translation>
    </message>
    <message>
        <source>Self-assessment: %1, %2</source>
        <translation>Tự chấm điểm: %1, %2</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>unknown province &quot;%1&quot;: the store holds %2.</source>
        <translation>không có tỉnh &quot;%1&quot;: kho dữ liệu có %2.</translation>
    </message>
    <message>
        <source>Why a file with errors is sent as it is, for the files that carry no explanation of their own; without one such a file is refused, as in the entry grid.</source>
        <translation>Giải trình vì sao tệp có lỗi vẫn được gửi, dùng cho các tệp không kèm giải trình; thiếu giải trình, tệp có lỗi bị từ chối như khi gửi từ bảng nhập liệu.</translation>
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
    <message>
        <source>See pardesk-cli submissions.</source>
        <translation>Xem pardesk-cli submissions.</translation>
    </message>
    <message>
        <source>See pardesk-cli forms.</source>
        <translation>Xem pardesk-cli forms.</translation>
    </message>
    <message>
        <source>  validate --submission ID   check a stored submission; exit 1 when there are errors
  validate --form FORM FILE.csv
                             check a submission file (UTF-8 CSV with the columns code, value, note)</source>
        <translation>  validate --submission ID   kiểm tra một báo cáo đã lưu; mã thoát 1 khi có lỗi
  validate --form FORM FILE.csv
                             kiểm tra một tệp báo cáo (CSV UTF-8 với các cột code, value, note)</translation>
    </message>
    <message>
        <source>The form&apos;s key, e.g. TQ-PL02-CCHC.</source>
        <translation>Khóa của biểu mẫu, ví dụ TQ-PL02-CCHC.</translation>
    </message>
    <message>
        <source>validate needs either --submission ID or --form FORM FILE.csv.</source>
        <translation>validate cần --submission ID hoặc --form FORM FILE.csv.</translation>
    </message>
    <message>
        <source>give --year or --period, not both.</source>
        <translation>chỉ dùng --year hoặc --period, không dùng cả hai.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year: write four digits, as in 2024.</source>
        <translation>&quot;%1&quot; không phải là năm: hãy viết bốn chữ số, ví dụ 2024.</translation>
    </message>
    <message>
        <source>The year whose periods to list (default: this year).</source>
        <translation>Năm cần liệt kê các kỳ (mặc định: năm nay).</translation>
    </message>
    <message>
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>A period: 2024Q1 to 2024Q4, 2024S1, 2024S2, 2024N9 (nine months) or 2024.</source>
        <translation>Kỳ báo cáo: 2024Q1 đến 2024Q4, 2024S1, 2024S2, 2024N9 (9 tháng) hoặc 2024.</translation>
    </message>
    <message>
        <source>  periods [--year Y | --period KEY] [--province P]
                             reporting periods: keys, data windows, due dates</source>
        <translation>  periods [--year Y | --period KEY] [--province P]
                             các kỳ báo cáo: mã kỳ, khoảng thời gian số liệu, hạn gửi</translation>
    </message>
    <message>
        <source>  evaluate [--province P] [--period KEY]
                             each target against the reported figures: met, gap, progress, projection</source>
        <translation>  evaluate [--province P] [--period KEY]
                             từng chỉ tiêu so với số liệu báo cáo: đạt hay không, chênh lệch, tiến độ, dự báo</translation>
    </message>
    <message>
        <source>ParDesk on the command line: prints what the store holds as JSON.</source>
        <translation>ParDesk trên dòng lệnh: in nội dung kho dữ liệu dưới dạng JSON.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Các lệnh:</translation>
    </message>
    <message>
        <source>The files the command reads, if any.</source>
        <translation>Các tệp mà lệnh đọc (nếu có).</translation>
    </message>
    <message numerus="yes">
        <source>%1 does not take %n file(s); see pardesk-cli --help.</source>
        <translation>
            <numerusform>Lệnh %1 không nhận %n tệp; xem pardesk-cli --help.</numerusform>
        </translation>
    </message>
    <message>
        <source>  init                       create or upgrade the store
  plans                      the documents
  targets [--province P] [--theme KEY] [--plan NUMBER]
  tasks [--plan NUMBER]
  forms                      the report forms
  submissions                the agencies&apos; submissions
  values --submission ID     the values of one submission
  scores                     PAR Index, SIPAS and PAPI scores
  themes                     the themes that group targets across provinces</source>
        <translation>  init                       tạo mới hoặc nâng cấp kho dữ liệu
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
        <source>chart compare needs --theme KEY (see pardesk-cli themes).</source>
        <translation>chart compare cần --theme KEY (xem pardesk-cli themes).</translation>
    </message>
    <message>
        <source>chart scores needs --province P (TQ, BG or TV).</source>
        <translation>chart scores cần --province P (TQ, BG hoặc TV).</translation>
    </message>
    <message>
        <source>chart trend needs --item CODE, either --agency ID or --province P, --from KEY and --to KEY.</source>
        <translation>chart trend cần --item CODE, một trong hai --agency ID hoặc --province P, cùng --from KEY và --to KEY.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an agency id: see pardesk-cli submissions.</source>
        <translation>&quot;%1&quot; không phải mã cơ quan: xem pardesk-cli submissions.</translation>
    </message>
    <message>
        <source>unknown chart &quot;%1&quot;: use compare, overview, trend, scores or assessment.</source>
        <translation>không có loại biểu đồ &quot;%1&quot;: dùng compare, overview, trend, scores hoặc assessment.</translation>
    </message>
    <message>
        <source>--%1 must be a number of pixels, not &quot;%2&quot;.</source>
        <translation>--%1 phải là số điểm ảnh, không phải &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>chart needs --out FILE ending in .png, .svg or .pdf.</source>
        <translation>chart cần --out FILE có đuôi .png, .svg hoặc .pdf.</translation>
    </message>
    <message>
        <source>A form item (7.6.4 or FORM:7.6.4) or a theme with reported figures.</source>
        <translation>Một chỉ tiêu của biểu (7.6.4 hoặc BIỂU:7.6.4) hoặc một nội dung đã có số liệu báo cáo.</translation>
    </message>
    <message>
        <source>An agency&apos;s id: it and the agencies under it.</source>
        <translation>Mã cơ quan: cơ quan đó và các cơ quan trực thuộc.</translation>
    </message>
    <message>
        <source>The first period of a range, e.g. 2022Q1.</source>
        <translation>Kỳ đầu của khoảng, ví dụ 2022Q1.</translation>
    </message>
    <message>
        <source>The last period of a range, e.g. 2024Q4.</source>
        <translation>Kỳ cuối của khoảng, ví dụ 2024Q4.</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>Tệp cần ghi: .png, .svg hoặc .pdf.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>PNG width in pixels (default 1600).</source>
        <translation>Chiều rộng ảnh PNG, tính bằng điểm ảnh (mặc định 1600).</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>điểm ảnh</translation>
    </message>
    <message>
        <source>PNG height in pixels (default 1000).</source>
        <translation>Chiều cao ảnh PNG, tính bằng điểm ảnh (mặc định 1000).</translation>
    </message>
    <message>
        <source>  chart compare --theme KEY --out FILE
                             the three provinces&apos; targets of a theme side by side
  chart overview --out FILE  every theme × province on one page
  chart trend --item CODE [--agency ID | --province P] --from KEY --to KEY --out FILE
                             an item&apos;s actual values against its targets, with the projection
  chart scores --province P --out FILE
                             PAR Index, PAPI and SIPAS charts
  chart assessment --province P --year YYYY --out FILE
                             the self-assessment estimate by area, through the year, the ranking
                             FILE ends in .png (--width, --height), .svg or .pdf; no display needed</source>
        <translation>  chart compare --theme KEY --out FILE
                             chỉ tiêu của một nội dung ở ba tỉnh, đặt cạnh nhau
  chart overview --out FILE  mọi nội dung × tỉnh trên một trang
  chart trend --item CODE [--agency ID | --province P] --from KEY --to KEY --out FILE
                             số thực hiện của một chỉ tiêu so với chỉ tiêu đặt ra, kèm dự báo
  chart scores --province P --out FILE
                             biểu đồ PAR Index, PAPI và SIPAS
  chart assessment --province P --year YYYY --out FILE
                             ước tính tự chấm điểm theo lĩnh vực, diễn biến trong năm, xếp hạng
                             FILE có đuôi .png (--width, --height), .svg hoặc .pdf; không cần màn hình</translation>
    </message>
    <message>
        <source>The agency&apos;s key, e.g. TQ.STTTT.</source>
        <translation>Mã đơn vị, ví dụ TQ.STTTT.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Tệp cần ghi.</translation>
    </message>
    <message>
        <source>%1: a template is written as .xlsx or .csv.</source>
        <translation>%1: mẫu nhập liệu chỉ ghi dạng .xlsx hoặc .csv.</translation>
    </message>
    <message>
        <source>%1: the folder holds no .pardesk package.</source>
        <translation>%1: thư mục không có gói báo cáo .pardesk nào.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as 2024-07-20.</source>
        <translation>&quot;%1&quot; không phải là ngày: hãy viết dạng 2024-07-20.</translation>
    </message>
    <message>
        <source>template needs --form F --agency A --period P --out FILE.xlsx|FILE.csv.</source>
        <translation>lệnh template cần --form F --agency A --period P --out TỆP.xlsx|TỆP.csv.</translation>
    </message>
    <message>
        <source>Replace a submission that exists already (audited).</source>
        <translation>Thay thế báo cáo đã có (được ghi nhật ký).</translation>
    </message>
    <message>
        <source>export-package needs --submission ID --out FILE.pardesk.</source>
        <translation>lệnh export-package cần --submission SỐ --out TỆP.pardesk.</translation>
    </message>
    <message>
        <source>The day to judge overdue reports by (default: today).</source>
        <translation>Ngày dùng để xét báo cáo quá hạn (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>consolidate needs --form F --period P.</source>
        <translation>lệnh consolidate cần --form F --period P.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from 1 to %2, not &quot;%3&quot;.</source>
        <translation>--%1 cần một số nguyên từ 1 đến %2, không phải &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 exists already; generate writes a new file only.</source>
        <translation>Tệp %1 đã tồn tại; lệnh generate chỉ ghi ra tệp mới.</translation>
    </message>
    <message>
        <source>the store has no form with an agency to write to.</source>
        <translation>kho dữ liệu không có biểu mẫu nào kèm cơ quan để ghi vào.</translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation>Lệnh %1 cần tham số --%2.</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Bản sao lưu cần khôi phục.</translation>
    </message>
    <message>
        <source>How many agencies the synthetic province has.</source>
        <translation>Số cơ quan của tỉnh dữ liệu tổng hợp.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>How many years of quarterly reports.</source>
        <translation>Số năm báo cáo quý.</translation>
    </message>
    <message>
        <source>%1, code %2: not imported: %3.</source>
        <translation>%1, mã %2: không được nhập: %3.</translation>
    </message>
    <message>
        <source>%1 exists already; give --force to replace it (a ParDesk store there is kept beside it).</source>
        <translation>Tệp %1 đã tồn tại; thêm --force để thay thế (nếu đó là một kho dữ liệu ParDesk, kho đó được giữ lại bên cạnh).</translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation>Thay thế tệp đã có.</translation>
    </message>
    <message>
        <source>  backup --out FILE [--force] a consistent copy of the store (also while ParDesk is open);
                             an existing FILE only with --force
  restore --from FILE        replace the store with a checked backup; the old store is kept
  check                      integrity, foreign keys and the app&apos;s own rules; exit 1 on problems
  generate --agencies N --years Y --out FILE
                             a new store with a SYNTHETIC province, for benchmarks and demonstrations</source>
        <translation>  backup --out FILE [--force] bản sao nhất quán của kho dữ liệu (kể cả khi ParDesk đang mở);
                             chỉ ghi đè FILE đã có khi thêm --force
  restore --from FILE        thay kho dữ liệu bằng một bản sao lưu đã kiểm tra; kho cũ được giữ lại
  check                      kiểm tra tính toàn vẹn, khóa ngoại và các quy tắc của ứng dụng; trả mã 1 khi có lỗi
  generate --agencies N --years Y --out FILE
                             tạo kho mới với một tỉnh dữ liệu TỔNG HỢP (GIẢ LẬP), dùng để đo hiệu năng và trình diễn</translation>
    </message>
    <message>
        <source>certificates needs list, add --agency A FILE, add-ca FILE [--province P], remove FINGERPRINT or unsigned warn|refuse.</source>
        <translation>certificates cần list, add --agency A TỆP, add-ca TỆP [--province P], remove DẤU_VÂN_TAY hoặc unsigned warn|refuse.</translation>
    </message>
    <message>
        <source>  certificates list | add --agency A FILE | add-ca FILE [--province P] | remove FINGERPRINT
                             the register of agencies&apos; certificates and authorities that packages
                             are checked against (FILE: .pem, .crt or .der)
  certificates unsigned warn|refuse
                             whether an unsigned package is imported with a warning or refused</source>
        <translation>  certificates list | add --agency A TỆP | add-ca TỆP [--province P] | remove DẤU_VÂN_TAY
                             sổ đăng ký chứng thư số của các đơn vị và tổ chức chứng thực dùng để
                             kiểm tra gói báo cáo (TỆP: .pem, .crt hoặc .der)
  certificates unsigned warn|refuse
                             gói không ký số được nhập kèm cảnh báo hay bị từ chối</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Mật khẩu của %1: </translation>
    </message>
    <message>
        <source>Trust a package&apos;s certificate that no register vouches for (check its fingerprint with the agency first); it is registered for the package&apos;s agency.</source>
        <translation>Tin cậy chứng thư số của gói mà chưa sổ đăng ký nào xác nhận (hãy đối chiếu dấu vân tay với đơn vị trước); chứng thư số được đăng ký cho đơn vị của gói.</translation>
    </message>
    <message>
        <source>Sign the package with the certificate and key of this PKCS#12 file; its password is read from PARDESK_P12_PASSWORD or from stdin.</source>
        <translation>Ký số gói báo cáo bằng chứng thư số và khóa trong tệp PKCS#12 này; mật khẩu đọc từ PARDESK_P12_PASSWORD hoặc từ stdin.</translation>
    </message>
    <message>
        <source>  template --form F --agency A --period P --out FILE.xlsx|FILE.csv
                             a template to fill in (XLSX: protected, with drop-down lists)
  import FILE... [--replace] [--trust-new] [--explanation TEXT] [--form F --agency A --period P]
                             import filled templates (.xlsx, .csv with --form/--agency/--period),
                             packages (.pardesk) or every package of a folder
  export-package --submission ID --out FILE.pardesk [--sign-p12 FILE.p12]
                             one submission as a sealed (and signed) file for the consolidating office
  consolidate --form F --period P [--today DATE] [--out FILE.csv]
                             who has reported, completeness, timeliness and the totals</source>
        <translation>  template --form F --agency A --period P --out TỆP.xlsx|TỆP.csv
                             mẫu nhập liệu để điền (XLSX: có khóa bảo vệ, có danh sách chọn)
  import TỆP... [--replace] [--trust-new] [--explanation GIẢI_TRÌNH] [--form F --agency A --period P]
                             nhập mẫu đã điền (.xlsx, .csv kèm --form/--agency/--period),
                             gói báo cáo (.pardesk) hoặc mọi gói trong một thư mục
  export-package --submission SỐ --out TỆP.pardesk [--sign-p12 TỆP.p12]
                             xuất một báo cáo thành tệp niêm phong (và ký số) gửi cơ quan tổng hợp
  consolidate --form F --period P [--today NGÀY] [--out TỆP.csv]
                             đơn vị đã báo cáo, tỷ lệ đầy đủ, tỷ lệ đúng hạn và số tổng hợp</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a criteria set id: see pardesk-cli assessment sets.</source>
        <translation>&quot;%1&quot; không phải là mã số bộ tiêu chí: xem pardesk-cli assessment sets.</translation>
    </message>
    <message>
        <source>%1: the criteria set was not imported; nothing was changed: %2</source>
        <translation>%1: chưa nhập bộ tiêu chí; không có gì thay đổi: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown agency &quot;%1&quot;.</source>
        <translation>không có cơ quan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a self-assessment id: see pardesk-cli assessment scores.</source>
        <translation>&quot;%1&quot; không phải là mã số bản tự chấm điểm: xem pardesk-cli assessment scores.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of points.</source>
        <translation>&quot;%1&quot; không phải là số điểm.</translation>
    </message>
    <message>
        <source>an evidence file</source>
        <translation>tệp tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>%1 Nothing was attached.</source>
        <translation>%1 Chưa đính kèm gì.</translation>
    </message>
    <message>
        <source>assessment needs one of: %1.</source>
        <translation>assessment cần một trong các lệnh: %1.</translation>
    </message>
    <message>
        <source>assessment %1 needs a file.</source>
        <translation>assessment %1 cần một tệp.</translation>
    </message>
    <message>
        <source>assessment %1 takes no file.</source>
        <translation>assessment %1 không nhận tệp.</translation>
    </message>
    <message>
        <source>assessment %1 needs --%2.</source>
        <translation>assessment %1 cần --%2.</translation>
    </message>
    <message>
        <source>A criteria set's id (see assessment sets).</source>
        <translation>Mã số của bộ tiêu chí (xem assessment sets).</translation>
    </message>
    <message>
        <source>A self-assessment's id (see assessment scores).</source>
        <translation>Mã số của bản tự chấm điểm (xem assessment scores).</translation>
    </message>
    <message>
        <source>A sub-criterion's code.</source>
        <translation>Mã của tiêu chí thành phần.</translation>
    </message>
    <message>
        <source>Points, written 0,5 or 0.5.</source>
        <translation>Số điểm, viết 0,5 hoặc 0.5.</translation>
    </message>
    <message>
        <source>points</source>
        <translation>điểm</translation>
    </message>
    <message>
        <source>The explanation (giải trình) of the points.</source>
        <translation>Giải trình cho số điểm.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <source>chart assessment needs --province P and --year YYYY.</source>
        <translation>chart assessment cần --province P và --year YYYY.</translation>
    </message>
    <message>
        <source>The year of the self-assessments, e.g. 2024.</source>
        <translation>Năm của các bản tự chấm điểm, ví dụ 2024.</translation>
    </message>
    <message>
        <source>The database file (default: %1), or a server&apos;s postgresql://USER@HOST[:PORT]/DATABASE (the password from ~/.pgpass).</source>
        <translation>Tệp cơ sở dữ liệu (mặc định: %1), hoặc máy chủ postgresql://USER@HOST[:PORT]/DATABASE (mật khẩu lấy từ ~/.pgpass).</translation>
    </message>
    <message>
        <source>copy takes the two stores as --from and --to, not --db.</source>
        <translation>copy nhận hai kho qua --from và --to, không qua --db.</translation>
    </message>
    <message>
        <source>The source: %1</source>
        <translation>Kho nguồn: %1</translation>
    </message>
    <message>
        <source>The target: %1</source>
        <translation>Kho đích: %1</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>Chưa sao chép gì: %1</translation>
    </message>
    <message>
        <source>The store to copy into: a new file or an empty server database.</source>
        <translation>Kho để chép vào: một tệp mới hoặc một cơ sở dữ liệu trống trên máy chủ.</translation>
    </message>
    <message>
        <source>store</source>
        <translation>kho</translation>
    </message>
    <message>
        <source>  copy --from STORE --to STORE
                             a whole store into an empty one, between a file and a server
                             (postgresql://USER@HOST[:PORT]/DATABASE), in one transaction</source>
        <translation>  copy --from STORE --to STORE
                             chép toàn bộ một kho vào một kho trống, giữa tệp và máy chủ
                             (postgresql://USER@HOST[:PORT]/DATABASE), trong một giao dịch</translation>
    </message>
    <message>
        <source>The store to copy: a file or a server database.</source>
        <translation>Kho dữ liệu cần sao chép: một tệp hoặc một cơ sở dữ liệu trên máy chủ.</translation>
    </message>
    <message>
        <source>--password-stdin: no password was read from the standard input; nothing was changed.</source>
        <translation>--password-stdin: không đọc được mật khẩu nào từ đầu vào chuẩn; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The login %1 has no password yet: the administrator sets one in psql with \password %1 (or give it with --password-stdin).</source>
        <translation>Tài khoản %1 chưa có mật khẩu: quản trị viên đặt mật khẩu trong psql bằng \password %1 (hoặc đưa mật khẩu qua --password-stdin).</translation>
    </message>
    <message>
        <source>server works only on a store on a PostgreSQL server (--db postgresql://USER@HOST/DATABASE); whoever can open a store file can read and write all of it.</source>
        <translation>server chỉ dùng cho kho dữ liệu trên máy chủ PostgreSQL (--db postgresql://USER@HOST/DATABASE); ai mở được tệp kho dữ liệu thì đọc và ghi được toàn bộ tệp đó.</translation>
    </message>
    <message>
        <source>A login (PostgreSQL role) on the server, e.g. snv_tq.</source>
        <translation>Một tài khoản (role của PostgreSQL) trên máy chủ, ví dụ snv_tq.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>What the login may do: province, agency or reader.</source>
        <translation>Tài khoản được làm gì: province (cấp tỉnh), agency (cơ quan) hoặc reader (chỉ đọc).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>vai trò</translation>
    </message>
    <message>
        <source>Read the new login's password from the first line of the standard input.</source>
        <translation>Đọc mật khẩu của tài khoản mới từ dòng đầu tiên của đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>server needs one of add-user, users, remove-user; see pardesk-cli --help.</source>
        <translation>server cần một trong add-user, users, remove-user; xem pardesk-cli --help.</translation>
    </message>
    <message>
        <source>server %1 needs --%2.</source>
        <translation>server %1 cần --%2.</translation>
    </message>
    <message>
        <source>server %1 does not take --%2.</source>
        <translation>server %1 không nhận --%2.</translation>
    </message>
    <message>
        <source>  server add-user --login NAME --role province|agency|reader [--agency KEY] [--password-stdin]
                             give a login a role in a store on a server (the store's owner only);
                             an agency's login reads and writes only its agency's drafts
  server users               the logins of the store and their roles
  server remove-user --login NAME
                             take the login's role away (the login stays on the server)</source>
        <translation>  server add-user --login NAME --role province|agency|reader [--agency KEY] [--password-stdin]
                             giao vai trò cho một tài khoản trong kho dữ liệu trên máy chủ (chỉ chủ kho);
                             tài khoản của cơ quan chỉ đọc và ghi bản nháp của cơ quan mình
  server users               các tài khoản của kho dữ liệu và vai trò của chúng
  server remove-user --login NAME
                             thu hồi vai trò của tài khoản (tài khoản vẫn còn trên máy chủ)</translation>
    </message>
    <message>
        <source>Show what the import would do, and write nothing.</source>
        <translation>Cho biết việc nhập sẽ thay đổi những gì, không ghi gì.</translation>
    </message>
    <message>
        <source>  assessment sets              the criteria sets of the PAR index self-assessment
  assessment set --id ID       one set&apos;s tree (lĩnh vực, tiêu chí, tiêu chí thành phần) and its checks
  assessment import-set FILE.xlsx | export-set --id ID FILE.xlsx
                               a criteria set as a workbook (docs/criteria-sets.md)
  assessment scores [--agency A] [--period P]
                               the self-assessments: points, evidence, findings (P: 202403, 2024Q1, 2024)
  assessment create --id SET --agency A --period P | score --assessment ID --code C --points X
                               [--explanation TEXT] | attach --assessment ID --code C FILE
  assessment survey --assessment ID --code C --points X
                               a survey sub-criterion&apos;s points, entered by the office that organises the survey
  assessment ratios --assessment ID
                               the ratio sub-criteria&apos;s points computed from the agency&apos;s reported figures
  assessment estimate --province P --year Y
                               each agency&apos;s status and total, the estimate per area against the last official result,
                               the ratio sub-criteria projected to the year&apos;s end
  assessment lost-points --province P --year Y
                               the points lost, largest first, with the targets, latest figures and open tasks that move them
  assessment export --assessment ID FILE.pardesk [--sign-p12 FILE.p12]
                               one self-assessment as a sealed (and signed) package, evidence files included
  assessment template --assessment ID FILE.xlsx | --id SET --agency A --period P FILE.xlsx
                               a workbook to fill in: points, explanations, evidence documents
  assessment import FILE.pardesk|FILE.xlsx [--dry-run] [--trust-new]
                               what the import would do (JSON), then written unless --dry-run</source>
        <translation>  assessment sets              các bộ tiêu chí tự chấm điểm Chỉ số CCHC (PAR Index)
  assessment set --id ID       cây tiêu chí của một bộ (lĩnh vực, tiêu chí, tiêu chí thành phần) và kết quả kiểm tra
  assessment import-set FILE.xlsx | export-set --id ID FILE.xlsx
                               bộ tiêu chí dạng bảng tính (docs/criteria-sets.md)
  assessment scores [--agency A] [--period P]
                               các bản tự chấm điểm: điểm, tài liệu kiểm chứng, các vấn đề (P: 202403, 2024Q1, 2024)
  assessment create --id SET --agency A --period P | score --assessment ID --code C --points X
                               [--explanation TEXT] | attach --assessment ID --code C FILE
  assessment survey --assessment ID --code C --points X
                               điểm khảo sát của một tiêu chí thành phần, do cơ quan tổ chức khảo sát nhập
  assessment ratios --assessment ID
                               điểm các tiêu chí tính theo tỷ lệ, tính từ số liệu cơ quan đã báo cáo
  assessment estimate --province P --year Y
                               trạng thái và tổng điểm từng cơ quan, điểm ước tính từng lĩnh vực so với kết quả chính thức gần nhất,
                               các tiêu chí tính theo tỷ lệ dự báo đến cuối năm
  assessment lost-points --province P --year Y
                               điểm bị mất, lớn nhất trước, cùng chỉ tiêu, số liệu gần nhất và nhiệm vụ chưa xong giúp lấy lại điểm
  assessment export --assessment ID FILE.pardesk [--sign-p12 FILE.p12]
                               một bản tự chấm điểm thành gói dữ liệu niêm phong (và ký số), kèm tệp tài liệu kiểm chứng
  assessment template --assessment ID FILE.xlsx | --id SET --agency A --period P FILE.xlsx
                               biểu mẫu bảng tính để điền: điểm tự chấm, giải trình, văn bản kiểm chứng
  assessment import FILE.pardesk|FILE.xlsx [--dry-run] [--trust-new]
                               những gì việc nhập sẽ thay đổi (JSON), rồi ghi vào nếu không có --dry-run</translation>
    </message>
    <message>
        <source>%1: a self-assessment is imported from a .pardesk package or an .xlsx template.</source>
        <translation>%1: bản tự chấm điểm được nhập từ gói .pardesk hoặc biểu mẫu .xlsx.</translation>
    </message>
    <message>
        <source>assessment template needs --assessment ID, or --id SET --agency A --period P.</source>
        <translation>assessment template cần --assessment ID, hoặc --id SET --agency A --period P.</translation>
    </message>
    <message>
        <source>%1: a package is written as .pardesk.</source>
        <translation>%1: gói dữ liệu được ghi thành tệp .pardesk.</translation>
    </message>
    <message>
        <source>%1: a self-assessment template is written as .xlsx.</source>
        <translation>%1: biểu mẫu tự chấm điểm được ghi thành tệp .xlsx.</translation>
    </message>
</context>
<context>
    <name>CmsSignature</name>
    <message>
        <source>%1: the signature is empty or larger than any signature (%2 bytes).</source>
        <translation>%1: chữ ký số trống hoặc lớn hơn mọi chữ ký số (%2 byte).</translation>
    </message>
    <message>
        <source>%1: the signature is damaged (not a CMS signed-data structure: %2).</source>
        <translation>%1: chữ ký số bị hỏng (không phải cấu trúc CMS signed-data: %2).</translation>
    </message>
    <message>
        <source>%1: the signature must have exactly one signer.</source>
        <translation>%1: chữ ký số phải có đúng một người ký.</translation>
    </message>
    <message>
        <source>%1: the signature carries content of its own; ParDesk signs the package&apos;s content only.</source>
        <translation>%1: chữ ký số chứa nội dung riêng; ParDesk chỉ ký phần nội dung của gói báo cáo.</translation>
    </message>
    <message>
        <source>%1: the signature does not match the package&apos;s content: the package was changed after it was signed, or the signature belongs to another package (%2).</source>
        <translation>%1: chữ ký số không khớp với nội dung gói báo cáo: gói đã bị sửa sau khi ký, hoặc chữ ký thuộc về một gói khác (%2).</translation>
    </message>
    <message>
        <source>%1: the signature does not carry the signer&apos;s certificate.</source>
        <translation>%1: chữ ký số không kèm chứng thư số của người ký.</translation>
    </message>
    <message>
        <source>%1: the signature cannot be checked (%2).</source>
        <translation>%1: không kiểm tra được chữ ký (%2).</translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <source>Unknown theme &quot;%1&quot;: see pardesk-cli themes.</source>
        <translation>Không có nội dung &quot;%1&quot;: xem pardesk-cli themes.</translation>
    </message>
</context>
<context>
    <name>CompareChartBuilder</name>
    <message numerus="yes">
        <source>%1: no measurable target (%n qualitative)</source>
        <translation>
            <numerusform>%1: không có chỉ tiêu định lượng (%n chỉ tiêu định tính)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no target for this theme</source>
        <translation>%1: không có chỉ tiêu cho nội dung này</translation>
    </message>
    <message>
        <source>province level</source>
        <translation>cấp tỉnh</translation>
    </message>
    <message>
        <source>district level</source>
        <translation>cấp huyện</translation>
    </message>
    <message>
        <source>commune level</source>
        <translation>cấp xã</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>sở, ban, ngành</translation>
    </message>
    <message>
        <source>%1
— %2, %3</source>
        <translation>%1
— %2, ngày %3</translation>
    </message>
    <message>
        <source>Targets for &quot;%1&quot; by province</source>
        <translation>Chỉ tiêu &quot;%1&quot; theo tỉnh</translation>
    </message>
    <message>
        <source>Province · comparison · level · document</source>
        <translation>Tỉnh · mức chỉ tiêu · cấp · văn bản</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Giá trị chỉ tiêu</translation>
    </message>
    <message>
        <source>Target value (%1)</source>
        <translation>Giá trị chỉ tiêu (%1)</translation>
    </message>
</context>
<context>
    <name>ComparisonAppendix</name>
    <message numerus="yes">
        <source>%n qualitative target(s) (%1)</source>
        <translation>
            <numerusform>%n chỉ tiêu định tính (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Không có chỉ tiêu</translation>
    </message>
    <message>
        <source>The provinces&apos; targets compared, theme by theme</source>
        <translation>So sánh chỉ tiêu của các tỉnh theo từng chủ đề</translation>
    </message>
    <message>
        <source>Targets of the plans held by ParDesk, grouped by theme</source>
        <translation>Chỉ tiêu trong các kế hoạch lưu tại ParDesk, nhóm theo chủ đề</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
</context>
<context>
    <name>ConsistencyCheck</name>
    <message>
        <source>The store cannot be read: %1</source>
        <translation>Không đọc được kho dữ liệu: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>Kiểm tra toàn vẹn SQLite: %1</translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a row of %3 that does not exist.</source>
        <translation>Dòng %1 của bảng %2 tham chiếu đến một dòng không tồn tại của bảng %3.</translation>
    </message>
    <message>
        <source>Submission %1 holds a value for item %2, which its form %3 does not have.</source>
        <translation>Báo cáo %1 có số liệu cho chỉ tiêu %2, nhưng biểu mẫu %3 của báo cáo không có chỉ tiêu này.</translation>
    </message>
    <message>
        <source>its number %1 is not what its text &quot;%2&quot; reads</source>
        <translation>giá trị số %1 không khớp với nội dung đã nhập &quot;%2&quot;</translation>
    </message>
    <message>
        <source>its text &quot;%1&quot; is a number but no number is stored</source>
        <translation>nội dung &quot;%1&quot; là một số nhưng không có giá trị số nào được lưu</translation>
    </message>
    <message>
        <source>Submission %1, item %2: %3.</source>
        <translation>Báo cáo %1, chỉ tiêu %2: %3.</translation>
    </message>
    <message>
        <source>The store is on a PostgreSQL server, which checks its own pages and enforces the links between tables on every write; pardesk-cli check reads SQLite files only.</source>
        <translation>Kho dữ liệu nằm trên máy chủ PostgreSQL; máy chủ tự kiểm tra các trang dữ liệu của mình và bảo đảm liên kết giữa các bảng ở mỗi lần ghi; pardesk-cli check chỉ đọc tệp SQLite.</translation>
    </message>
</context>
<context>
    <name>Consolidation</name>
    <message>
        <source>The form %1 is shared by every province; consolidate one province&apos;s form.</source>
        <translation>Biểu mẫu %1 dùng chung cho mọi tỉnh; hãy tổng hợp biểu mẫu của một tỉnh.</translation>
    </message>
    <message>
        <source>The submissions cannot be read.</source>
        <translation>Không đọc được các báo cáo.</translation>
    </message>
    <message>
        <source>received on time</source>
        <translation>đã nhận, đúng hạn</translation>
    </message>
    <message>
        <source>received late</source>
        <translation>đã nhận, chậm</translation>
    </message>
    <message>
        <source>not received (overdue)</source>
        <translation>chưa nhận (quá hạn)</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>chưa nhận</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Các sở, ngành</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Cấp huyện</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Cấp xã</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Sở, ngành</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Cấp huyện</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Cấp xã</translation>
    </message>
    <message>
        <source>(no due date in the seeds)</source>
        <translation>(tài liệu gốc không nêu hạn)</translation>
    </message>
    <message>
        <source>Reports of %1 for %2 not yet received (due %3):</source>
        <translation>Các đơn vị chưa gửi báo cáo %1 kỳ %2 (hạn %3):</translation>
    </message>
    <message>
        <source>%1. %2 — due %3</source>
        <translation>%1. %2 — hạn %3</translation>
    </message>
    <message>
        <source>Every expected agency has reported.</source>
        <translation>Tất cả các đơn vị phải báo cáo đã gửi.</translation>
    </message>
</context>
<context>
    <name>ConsolidationExport</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>item</source>
        <translation>chỉ tiêu</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị tính</translation>
    </message>
    <message>
        <source>province total</source>
        <translation>tổng toàn tỉnh</translation>
    </message>
    <message>
        <source>agencies covered</source>
        <translation>số đơn vị có số liệu</translation>
    </message>
    <message>
        <source>%1: agencies covered</source>
        <translation>%1: số đơn vị có số liệu</translation>
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
    <message>
        <source>it is a link to %1, which does not exist.</source>
        <translation>đây là liên kết tới %1, nhưng tệp đó không tồn tại.</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, a pipe or a socket).</source>
        <translation>đây không phải là tệp thông thường (là thiết bị, đường ống hoặc socket).</translation>
    </message>
    <message>
        <source>it was written by an older ParDesk and must be upgraded first, which needs it writable (schema %1; this version uses %2).</source>
        <translation>kho được ghi bởi phiên bản ParDesk cũ hơn và phải được nâng cấp trước, việc này cần ghi được vào kho (lược đồ %1; phiên bản này dùng %2).</translation>
    </message>
    <message>
        <source>the disk holding it is full (%1 bytes free); free some space and try again. The file was left as it was.</source>
        <translation>ổ đĩa chứa kho đã đầy (còn trống %1 byte); hãy giải phóng bớt dung lượng rồi thử lại. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>another program is writing to it and did not finish within 5 seconds; try again in a moment.</source>
        <translation>một chương trình khác đang ghi vào kho và chưa xong sau 5 giây; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The database %1 is damaged; ParDesk shows what it can read and will not write to it: %2</source>
        <translation>Cơ sở dữ liệu %1 bị hỏng; ParDesk hiển thị những gì đọc được và sẽ không ghi vào đó: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (the Debian package libqt6sql6-psql).</source>
        <translation>chưa cài trình điều khiển PostgreSQL của Qt (gói Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>the database holds no ParDesk store yet.</source>
        <translation>cơ sở dữ liệu này chưa chứa kho dữ liệu ParDesk.</translation>
    </message>
    <message>
        <source>the database holds tables of another program, not a ParDesk store.</source>
        <translation>cơ sở dữ liệu chứa các bảng của chương trình khác, không phải kho dữ liệu ParDesk.</translation>
    </message>
    <message>
        <source>the server asks for a password and none was found. Put it in the file ~/.pgpass (or the file that PGPASSFILE names) as one line HOST:PORT:DATABASE:USER:PASSWORD, readable only by you (chmod 600); ParDesk never takes it on the command line.</source>
        <translation>máy chủ yêu cầu mật khẩu nhưng không tìm thấy mật khẩu. Hãy ghi mật khẩu vào tệp ~/.pgpass (hoặc tệp mà biến PGPASSFILE chỉ ra) thành một dòng HOST:PORT:DATABASE:USER:PASSWORD, chỉ mình bạn đọc được (chmod 600); ParDesk không bao giờ nhận mật khẩu trên dòng lệnh.</translation>
    </message>
    <message>
        <source>the server refused the user name or the password (check the line for this server in ~/.pgpass): %1</source>
        <translation>máy chủ từ chối tên đăng nhập hoặc mật khẩu (hãy kiểm tra dòng của máy chủ này trong ~/.pgpass): %1</translation>
    </message>
    <message>
        <source>no PostgreSQL server answers there; check the host and the port, and that the server runs (%1).</source>
        <translation>không có máy chủ PostgreSQL nào trả lời ở địa chỉ đó; hãy kiểm tra tên máy chủ, cổng và máy chủ có đang chạy không (%1).</translation>
    </message>
    <message>
        <source>the server refused the user name or the password typed.</source>
        <translation>máy chủ từ chối tên đăng nhập hoặc mật khẩu đã gõ.</translation>
    </message>
    <message>
        <source>the login %1 may not create roles, which the store needs on a server for its access rights. As the postgres user, run ALTER ROLE %1 CREATEROLE; (docs/server.md), then open it again.</source>
        <translation>tài khoản %1 không được tạo role, điều mà kho dữ liệu trên máy chủ cần để phân quyền truy cập. Với người dùng postgres, hãy chạy ALTER ROLE %1 CREATEROLE; (docs/server.md), rồi mở lại.</translation>
    </message>
</context>
<context>
    <name>DerivedValues</name>
    <message>
        <source>The form %1 has no item %2.</source>
        <translation>Biểu mẫu %1 không có mục %2.</translation>
    </message>
</context>
<context>
    <name>FileRead</name>
    <message>
        <source>%1: it is a folder, not a file.</source>
        <translation>%1: đây là một thư mục, không phải một tệp.</translation>
    </message>
    <message>
        <source>%1: it is not a regular file (a device, a pipe or a socket); ParDesk reads only ordinary files.</source>
        <translation>%1: đây không phải là tệp thông thường (là thiết bị, đường ống hoặc socket); ParDesk chỉ đọc tệp thông thường.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: không đọc được tệp (%2).</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 can be (over %3 MB); it was not read.</source>
        <translation>%1: tệp lớn hơn mức tối đa của %2 (trên %3 MB); tệp không được đọc.</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>tệp không tồn tại</translation>
    </message>
</context>
<context>
    <name>FolderImport</name>
    <message>
        <source>%1 imported, %2 replaced, %3 refused</source>
        <translation>%1 đã nhập, %2 đã thay thế, %3 bị từ chối</translation>
    </message>
</context>
<context>
    <name>FormAppendix</name>
    <message>
        <source>Statistical indicator</source>
        <translation>Chỉ tiêu thống kê</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Statistical results</source>
        <translation>Kết quả thống kê</translation>
    </message>
    <message>
        <source>Validation findings</source>
        <translation>Kết quả kiểm tra số liệu</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>tính từ số liệu thành phần</translation>
    </message>
    <message>
        <source>Report of %1, %2</source>
        <translation>Báo cáo của %1, %2</translation>
    </message>
</context>
<context>
    <name>FormDefinition</name>
    <message>
        <source>The form %1 has the item %2 twice.</source>
        <translation>Biểu mẫu %1 có mục %2 hai lần.</translation>
    </message>
    <message>
        <source>In the form %1, the formula of item %2 names the unknown item %3.</source>
        <translation>Trong biểu mẫu %1, công thức của mục %2 dẫn đến mục không tồn tại %3.</translation>
    </message>
    <message>
        <source>In the form %1, derived items depend on each other in a cycle: %2.</source>
        <translation>Trong biểu mẫu %1, các mục tính toán phụ thuộc vòng tròn vào nhau: %2.</translation>
    </message>
    <message>
        <source>Reading the form failed: %1</source>
        <translation>Đọc biểu mẫu không thành công: %1</translation>
    </message>
    <message>
        <source>There is no form %1.</source>
        <translation>Không có biểu mẫu %1.</translation>
    </message>
    <message>
        <source>In the form %1, item %2 has the unknown kind &quot;%3&quot;.</source>
        <translation>Trong biểu mẫu %1, mục %2 có loại không xác định &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>In the form %1, item %2: %3</source>
        <translation>Trong biểu mẫu %1, mục %2: %3</translation>
    </message>
</context>
<context>
    <name>FormValues</name>
    <message>
        <source>There is no form %1.</source>
        <translation>Không có biểu mẫu %1.</translation>
    </message>
    <message>
        <source>The values of the form %1 could not be read: %2</source>
        <translation>Không đọc được số liệu của biểu mẫu %1: %2</translation>
    </message>
    <message>
        <source>The form %1 has ids too large to read (submission %2, item %3).</source>
        <translation>Biểu mẫu %1 có mã định danh quá lớn, không đọc được (báo cáo %2, mục %3).</translation>
    </message>
    <message>
        <source>The form %1 has no item %2.</source>
        <translation>Biểu mẫu %1 không có mục %2.</translation>
    </message>
    <message>
        <source>There is no submission %1.</source>
        <translation>Không có báo cáo số %1.</translation>
    </message>
    <message>
        <source>The submission %1 is not of the form %2.</source>
        <translation>Báo cáo %1 không thuộc biểu mẫu %2.</translation>
    </message>
    <message>
        <source>There is no agency with the id %1.</source>
        <translation>Không có cơ quan có mã %1.</translation>
    </message>
    <message>
        <source>The form %1 could not be read: the server sent &quot;%2&quot;.</source>
        <translation>Không đọc được biểu mẫu %1: máy chủ gửi về &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The value is for an agency, a period or an item that the form&apos;s values were read without; read them again.</source>
        <translation>Giá trị thuộc về một cơ quan, một kỳ hoặc một mục không có trong số liệu đã đọc của biểu; hãy đọc lại.</translation>
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
    <name>ImportPreview</name>
    <message>
        <source>a heading: nothing is entered in it</source>
        <translation>dòng tiêu đề: không nhập số liệu</translation>
    </message>
    <message>
        <source>computed from other items; ParDesk computes it again</source>
        <translation>được tính từ các chỉ tiêu khác; ParDesk tự tính lại</translation>
    </message>
    <message>
        <source>%1, code %2: a count cannot be negative (%3).</source>
        <translation>%1, mã %2: số lượng không thể âm (%3).</translation>
    </message>
    <message>
        <source>%1: no value is filled in; there is nothing to import.</source>
        <translation>%1: chưa điền số liệu nào; không có gì để nhập.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>giá trị</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ghi chú</translation>
    </message>
</context>
<context>
    <name>ImportTarget</name>
    <message>
        <source>%1: the form &quot;%2&quot; is not in this store.</source>
        <translation>%1: biểu mẫu &quot;%2&quot; không có trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>%1: the file was made with version %2 of the form %3, newer than this store&apos;s version %4. Update ParDesk&apos;s forms first.</source>
        <translation>%1: tệp được lập theo phiên bản %2 của biểu mẫu %3, mới hơn phiên bản %4 trong cơ sở dữ liệu này. Hãy cập nhật biểu mẫu của ParDesk trước.</translation>
    </message>
    <message>
        <source>%1: the agency &quot;%2&quot; is not in this store.</source>
        <translation>%1: đơn vị &quot;%2&quot; không có trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>%1: the agency %2 is not of the province %3, whose form %4 is.</source>
        <translation>%1: đơn vị %2 không thuộc tỉnh %3, là tỉnh của biểu mẫu %4.</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; không phải là số</translation>
    </message>
    <message>
        <source>%1 byte</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
</context>
<context>
    <name>OdtExport</name>
    <message>
        <source>The OpenDocument file could not be made.</source>
        <translation>Không tạo được tệp OpenDocument.</translation>
    </message>
</context>
<context>
    <name>OutlierDetector</name>
    <message>
        <source>Item %1: %2 is far from what this agency reported before (median %3 of its %4 earlier values: %5).</source>
        <translation>Mục %1: giá trị %2 khác xa số liệu cơ quan này đã báo cáo trước đây (trung vị %3 của %4 giá trị trước: %5).</translation>
    </message>
</context>
<context>
    <name>PackagePolicy</name>
    <message>
        <source>The rule for unsigned packages could not be saved</source>
        <translation>Không lưu được quy định đối với gói không ký số</translation>
    </message>
</context>
<context>
    <name>PackageSignature</name>
    <message>
        <source>%1: the package&apos;s signature is damaged or of an unknown kind (&quot;type&quot; must be &quot;%2&quot;). It was not imported.</source>
        <translation>%1: chữ ký số của gói bị hỏng hoặc thuộc loại không biết (&quot;type&quot; phải là &quot;%2&quot;). Gói không được nhập.</translation>
    </message>
    <message>
        <source>%1: the package&apos;s signature is damaged (not base64). It was not imported.</source>
        <translation>%1: chữ ký số của gói bị hỏng (không phải base64). Gói không được nhập.</translation>
    </message>
    <message>
        <source>It was not imported.</source>
        <translation>Gói không được nhập.</translation>
    </message>
</context>
<context>
    <name>PackageSigner</name>
    <message>
        <source>The package could not be signed (%1).</source>
        <translation>Không ký số được gói báo cáo (%1).</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Sign the Package</source>
        <translation>Ký số gói báo cáo</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Mật khẩu của %1:</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Kết nối máy chủ</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Mật khẩu của %1 trên %2:</translation>
    </message>
    <message>
        <source>The server refused that password. Password of %1 on %2:</source>
        <translation>Máy chủ không nhận mật khẩu đó. Mật khẩu của %1 trên %2:</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>&quot;%1&quot; is not a period key: write 2024Q1 to 2024Q4 (quarters), 2024S1 or 2024S2 (halves), 2024N9 (nine months) or 2024 (year).</source>
        <translation>&quot;%1&quot; không phải là mã kỳ báo cáo: hãy viết 2024Q1 đến 2024Q4 (quý), 2024S1 hoặc 2024S2 (6 tháng), 2024N9 (9 tháng) hoặc 2024 (năm).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period: a year has quarters 1 to 4.</source>
        <translation>&quot;%1&quot; không phải là kỳ báo cáo: một năm có các quý 1 đến 4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period: a year has halves 1 and 2.</source>
        <translation>&quot;%1&quot; không phải là kỳ báo cáo: một năm có 6 tháng đầu (S1) và 6 tháng cuối (S2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period: the nine months are written N9, as in 2024N9.</source>
        <translation>&quot;%1&quot; không phải là kỳ báo cáo: kỳ 9 tháng viết là N9, ví dụ 2024N9.</translation>
    </message>
    <message>
        <source>First quarter of %1</source>
        <translation>Quý I năm %1</translation>
    </message>
    <message>
        <source>Second quarter of %1</source>
        <translation>Quý II năm %1</translation>
    </message>
    <message>
        <source>Third quarter of %1</source>
        <translation>Quý III năm %1</translation>
    </message>
    <message>
        <source>Fourth quarter of %1</source>
        <translation>Quý IV năm %1</translation>
    </message>
    <message>
        <source>First half of %1</source>
        <translation>6 tháng đầu năm %1</translation>
    </message>
    <message>
        <source>Second half of %1</source>
        <translation>6 tháng cuối năm %1</translation>
    </message>
    <message>
        <source>First nine months of %1</source>
        <translation>9 tháng năm %1</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <source>Q1 %1</source>
        <translation>Quý I/%1</translation>
    </message>
    <message>
        <source>Q2 %1</source>
        <translation>Quý II/%1</translation>
    </message>
    <message>
        <source>Q3 %1</source>
        <translation>Quý III/%1</translation>
    </message>
    <message>
        <source>Q4 %1</source>
        <translation>Quý IV/%1</translation>
    </message>
    <message>
        <source>H1 %1</source>
        <translation>6 tháng đầu %1</translation>
    </message>
    <message>
        <source>H2 %1</source>
        <translation>6 tháng cuối %1</translation>
    </message>
    <message>
        <source>9 months %1</source>
        <translation>9 tháng %1</translation>
    </message>
</context>
<context>
    <name>Pkcs12Signer</name>
    <message>
        <source>%1: not a PKCS#12 file (.p12, .pfx).</source>
        <translation>%1: không phải tệp PKCS#12 (.p12, .pfx).</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: không đọc được tệp (%2).</translation>
    </message>
    <message>
        <source>%1: the file is larger than any PKCS#12 file.</source>
        <translation>%1: tệp lớn hơn mọi tệp PKCS#12.</translation>
    </message>
    <message>
        <source>%1: not a PKCS#12 file (%2).</source>
        <translation>%1: không phải tệp PKCS#12 (%2).</translation>
    </message>
    <message>
        <source>%1: the password is wrong.</source>
        <translation>%1: sai mật khẩu.</translation>
    </message>
    <message>
        <source>%1: the file cannot be opened (%2).</source>
        <translation>%1: không mở được tệp (%2).</translation>
    </message>
    <message>
        <source>%1: the file holds no private key with its certificate.</source>
        <translation>%1: tệp không chứa khóa bí mật kèm chứng thư số.</translation>
    </message>
    <message>
        <source>%1: the private key does not belong to the certificate.</source>
        <translation>%1: khóa bí mật không thuộc về chứng thư số.</translation>
    </message>
    <message>
        <source>%1: the certificate &quot;%2&quot; is valid from %3 to %4, not now; a package signed with it would be refused.</source>
        <translation>%1: chứng thư số &quot;%2&quot; có hiệu lực từ %3 đến %4, không phải bây giờ; gói ký bằng chứng thư này sẽ bị từ chối.</translation>
    </message>
</context>
<context>
    <name>PlanAppendix</name>
    <message>
        <source>Target</source>
        <translation>Nội dung chỉ tiêu</translation>
    </message>
    <message>
        <source>Tasks and measures</source>
        <translation>Nhiệm vụ, giải pháp</translation>
    </message>
    <message>
        <source>Basis of the target</source>
        <translation>Căn cứ giao chỉ tiêu</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Thời gian thực hiện</translation>
    </message>
    <message>
        <source>The document %1 has no targets to print.</source>
        <translation>Văn bản %1 không có chỉ tiêu để in.</translation>
    </message>
    <message>
        <source>Targets, tasks and measures: %1</source>
        <translation>Các chỉ tiêu, nhiệm vụ và giải pháp %1</translation>
    </message>
</context>
<context>
    <name>PlanChecks</name>
    <message>
        <source>Write a date as day/month/year (15/12/2024), month/year or a year.</source>
        <translation>Ghi ngày theo dạng ngày/tháng/năm (15/12/2024), tháng/năm hoặc năm.</translation>
    </message>
    <message>
        <source>Write a date as day/month/year, e.g. 15/12/2024.</source>
        <translation>Ghi ngày theo dạng ngày/tháng/năm, ví dụ 15/12/2024.</translation>
    </message>
    <message>
        <source>Enter the document&apos;s number and symbol, e.g. 268/KH-UBND.</source>
        <translation>Nhập số, ký hiệu văn bản, ví dụ 268/KH-UBND.</translation>
    </message>
    <message>
        <source>Choose the kind of document.</source>
        <translation>Chọn loại văn bản.</translation>
    </message>
    <message>
        <source>Choose the province.</source>
        <translation>Chọn tỉnh.</translation>
    </message>
    <message>
        <source>Enter the document&apos;s title.</source>
        <translation>Nhập trích yếu văn bản.</translation>
    </message>
    <message>
        <source>The year must lie between %1 and %2.</source>
        <translation>Năm phải từ %1 đến %2.</translation>
    </message>
    <message>
        <source>Choose the document the target belongs to.</source>
        <translation>Chọn văn bản có chỉ tiêu này.</translation>
    </message>
    <message>
        <source>Enter the target&apos;s number (STT) as the document writes it, e.g. 2.14.</source>
        <translation>Nhập số thứ tự (STT) của chỉ tiêu như văn bản ghi, ví dụ 2.14.</translation>
    </message>
    <message>
        <source>The part is a whole number from 1.</source>
        <translation>Phần là số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
        <source>Enter the target&apos;s text as the document words it.</source>
        <translation>Nhập nội dung chỉ tiêu đúng như văn bản ghi.</translation>
    </message>
    <message>
        <source>A target with nothing to measure has no comparison and no value.</source>
        <translation>Chỉ tiêu không định lượng thì không có phép so sánh và giá trị.</translation>
    </message>
    <message>
        <source>Choose how the actual value is compared.</source>
        <translation>Chọn cách so sánh giá trị thực tế.</translation>
    </message>
    <message>
        <source>Enter the target value, e.g. 80 or 0,45.</source>
        <translation>Nhập giá trị chỉ tiêu, ví dụ 80 hoặc 0,45.</translation>
    </message>
    <message>
        <source>The target value cannot be negative.</source>
        <translation>Giá trị chỉ tiêu không được âm.</translation>
    </message>
    <message>
        <source>A percentage cannot exceed 100.</source>
        <translation>Tỷ lệ phần trăm không được vượt quá 100.</translation>
    </message>
    <message>
        <source>Choose the administrative level, or none.</source>
        <translation>Chọn cấp hành chính, hoặc để trống.</translation>
    </message>
    <message>
        <source>Choose the theme the target measures (&quot;Other&quot; if none fits).</source>
        <translation>Chọn chủ đề mà chỉ tiêu đo (chọn &quot;Khác&quot; nếu không có chủ đề phù hợp).</translation>
    </message>
    <message>
        <source>Choose the document the task belongs to.</source>
        <translation>Chọn văn bản có nhiệm vụ này.</translation>
    </message>
    <message>
        <source>Enter what the task is.</source>
        <translation>Nhập nội dung nhiệm vụ.</translation>
    </message>
    <message>
        <source>Choose the task&apos;s status.</source>
        <translation>Chọn tình trạng nhiệm vụ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number: write e.g. 80 or 0,45.</source>
        <translation>&quot;%1&quot; không phải là số: ghi ví dụ 80 hoặc 0,45.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year between %2 and %3.</source>
        <translation>&quot;%1&quot; không phải là năm từ %2 đến %3.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>The data has changed since you opened it (in another window, program or computer). Reload to see the current record; saving now would overwrite that change.</source>
        <translation>Dữ liệu đã thay đổi từ khi bạn mở (ở cửa sổ, chương trình hoặc máy tính khác). Hãy tải lại để xem bản ghi hiện tại; lưu bây giờ sẽ ghi đè lên thay đổi đó.</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>Không có văn bản %1.</translation>
    </message>
    <message>
        <source>The document has no target numbered %1.</source>
        <translation>Văn bản không có chỉ tiêu số %1.</translation>
    </message>
    <message>
        <source>Another document already has the key %1.</source>
        <translation>Đã có văn bản khác mang mã %1.</translation>
    </message>
    <message>
        <source>The document already has a target %1, part %2: change the number or the part.</source>
        <translation>Văn bản đã có chỉ tiêu %1, phần %2: hãy đổi số thứ tự hoặc phần.</translation>
    </message>
    <message>
        <source>The record to delete is no longer in the database.</source>
        <translation>Bản ghi cần xóa không còn trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The record to change is no longer in the database.</source>
        <translation>Bản ghi cần sửa không còn trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>There is no document with id %1.</source>
        <translation>Không có văn bản mang mã số %1.</translation>
    </message>
    <message>
        <source>There is no target with id %1.</source>
        <translation>Không có chỉ tiêu mang mã số %1.</translation>
    </message>
    <message>
        <source>There is no task with id %1.</source>
        <translation>Không có nhiệm vụ mang mã số %1.</translation>
    </message>
    <message>
        <source>Writing to the database failed</source>
        <translation>Không ghi được vào cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>PlanFormat</name>
    <message>
        <source>reduce %1 vs %2</source>
        <translation>giảm %1 so với %2</translation>
    </message>
    <message>
        <source>reduce %1</source>
        <translation>giảm %1</translation>
    </message>
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
        <source>A level to reach</source>
        <translation>Mức cần đạt</translation>
    </message>
    <message>
        <source>A reduction</source>
        <translation>Mức cắt giảm</translation>
    </message>
    <message>
        <source>Nothing to measure</source>
        <translation>Không định lượng</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Thấp hơn là tốt</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Cao hơn là tốt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Official letter</source>
        <translation>Công văn</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Nghị quyết</translation>
    </message>
    <message>
        <source>Directive</source>
        <translation>Chỉ thị</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 điểm %</translation>
    </message>
</context>
<context>
    <name>PrintCommands</name>
    <message>
        <source>--empty goes with --submission only.</source>
        <translation>--empty chỉ dùng kèm --submission.</translation>
    </message>
    <message>
        <source>--findings goes with --submission only.</source>
        <translation>--findings chỉ dùng kèm --submission.</translation>
    </message>
    <message>
        <source>--progress needs --province P and --period KEY.</source>
        <translation>--progress cần --province TỈNH và --period KỲ.</translation>
    </message>
    <message>
        <source>print needs --out FILE (.pdf, .odt, .xlsx or .csv).</source>
        <translation>print cần --out TỆP (.pdf, .odt, .xlsx hoặc .csv).</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: give a file ending in .pdf, .odt, .xlsx or .csv.</source>
        <translation>không ghi được &quot;%1&quot;: hãy đặt tên tệp có đuôi .pdf, .odt, .xlsx hoặc .csv.</translation>
    </message>
    <message>
        <source>no submission with id &quot;%1&quot;: see pardesk-cli submissions.</source>
        <translation>không có báo cáo số liệu mã &quot;%1&quot;: xem pardesk-cli submissions.</translation>
    </message>
    <message>
        <source>The plan appendix of this document (its number or key).</source>
        <translation>Phụ lục kế hoạch của văn bản này (số hoặc mã văn bản).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>số</translation>
    </message>
    <message>
        <source>The task appendix of this document (its number or key).</source>
        <translation>Phụ lục nhiệm vụ của văn bản này (số hoặc mã văn bản).</translation>
    </message>
    <message>
        <source>The statistics form of this submission, with its figures.</source>
        <translation>Biểu thống kê của báo cáo này, kèm số liệu.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>With --submission: the form without figures, to fill by hand.</source>
        <translation>Kèm --submission: biểu mẫu để trống, để điền tay.</translation>
    </message>
    <message>
        <source>With --submission: a last column with the validation findings.</source>
        <translation>Kèm --submission: thêm cột cuối ghi kết quả kiểm tra số liệu.</translation>
    </message>
    <message>
        <source>The progress table of a province and period.</source>
        <translation>Bảng tiến độ thực hiện chỉ tiêu của một tỉnh trong một kỳ.</translation>
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
        <source>A period: 2024Q1 to 2024Q4, 2024S1, 2024S2, 2024N9 (nine months) or 2024.</source>
        <translation>Kỳ báo cáo: 2024Q1 đến 2024Q4, 2024S1, 2024S2, 2024N9 (9 tháng) hoặc 2024.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>The provinces&apos; targets side by side, theme by theme.</source>
        <translation>Chỉ tiêu của các tỉnh đặt cạnh nhau theo từng chủ đề.</translation>
    </message>
    <message>
        <source>The file to write: .pdf, .odt, .xlsx or .csv.</source>
        <translation>Tệp cần ghi: .pdf, .odt, .xlsx hoặc .csv.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>--date needs a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date cần một ngày viết theo dạng NNNN-TT-NN, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The number of the &quot;No.:&quot; line of the header, e.g. 12/BC-STTTT.</source>
        <translation>Số, ký hiệu in ở dòng &quot;Số:&quot; của phần đầu văn bản, ví dụ 12/BC-STTTT.</translation>
    </message>
    <message>
        <source>The date of the header&apos;s place-and-date line (YYYY-MM-DD).</source>
        <translation>Ngày in ở dòng địa danh, ngày tháng năm của phần đầu văn bản (NNNN-TT-NN).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>print needs exactly one of --plan NUMBER, --tasks NUMBER, --submission ID, --progress, --comparison, --assessment ID, --ranking.</source>
        <translation>print cần đúng một trong các tùy chọn --plan SỐ, --tasks SỐ, --submission MÃ, --progress, --comparison, --assessment MÃ, --ranking.</translation>
    </message>
    <message>
        <source>--period goes with --progress only.</source>
        <translation>--period chỉ dùng kèm --progress.</translation>
    </message>
    <message>
        <source>  print (--plan NUMBER | --tasks NUMBER | --submission ID [--empty] [--findings]
         | --progress --province P --period KEY | --comparison | --assessment ID [--appraisal]
         | --ranking --province P --year Y) [--number TEXT] [--date DATE]
         --out FILE
                             an appendix table in the official layout (.pdf, .odt, .xlsx, .csv)</source>
        <translation>  print (--plan SỐ | --tasks SỐ | --submission MÃ [--empty] [--findings]
         | --progress --province TỈNH --period KỲ | --comparison | --assessment MÃ [--appraisal]
         | --ranking --province TỈNH --year NĂM) [--number SỐ-KÝ-HIỆU] [--date NGÀY]
         --out TỆP
                             in phụ lục theo thể thức văn bản hành chính (.pdf, .odt, .xlsx, .csv)</translation>
    </message>
    <message>
        <source>--appraisal goes with --assessment only.</source>
        <translation>--appraisal chỉ dùng kèm --assessment.</translation>
    </message>
    <message>
        <source>--ranking needs --province P and --year Y.</source>
        <translation>--ranking cần --province TỈNH và --year NĂM.</translation>
    </message>
    <message>
        <source>--province goes with --progress or --ranking only.</source>
        <translation>--province chỉ dùng kèm --progress hoặc --ranking.</translation>
    </message>
    <message>
        <source>--year goes with --ranking only.</source>
        <translation>--year chỉ dùng kèm --ranking.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year: write four digits, as in 2024.</source>
        <translation>&quot;%1&quot; không phải là năm: hãy viết bốn chữ số, ví dụ 2024.</translation>
    </message>
    <message>
        <source>no self-assessment with id &quot;%1&quot;: see pardesk-cli assessment scores.</source>
        <translation>không có bản tự chấm điểm nào có mã &quot;%1&quot;: xem pardesk-cli assessment scores.</translation>
    </message>
    <message>
        <source>The self-assessment table of this assessment (see pardesk-cli assessment scores).</source>
        <translation>Bảng tự chấm điểm của bản tự chấm điểm này (xem pardesk-cli assessment scores).</translation>
    </message>
    <message>
        <source>With --assessment: the appraisal table, the council&apos;s points and comments beside the agency&apos;s.</source>
        <translation>Kèm --assessment: bảng kết quả thẩm định, điểm và ý kiến của Hội đồng thẩm định bên cạnh điểm tự chấm của cơ quan.</translation>
    </message>
    <message>
        <source>The ranking of a province&apos;s agencies by their self-assessments of a year.</source>
        <translation>Bảng xếp hạng các cơ quan của một tỉnh theo kết quả tự chấm điểm trong năm.</translation>
    </message>
    <message>
        <source>With --ranking: the year, e.g. 2024.</source>
        <translation>Kèm --ranking: năm, ví dụ 2024.</translation>
    </message>
    <message>
        <source>year</source>
        <translation>năm</translation>
    </message>
</context>
<context>
    <name>ProgressAppendix</name>
    <message>
        <source>will be met</source>
        <translation>sẽ đạt</translation>
    </message>
    <message>
        <source>will not be met</source>
        <translation>sẽ không đạt</translation>
    </message>
    <message>
        <source>Unknown province &quot;%1&quot;: use TQ, BG or TV.</source>
        <translation>Không có tỉnh &quot;%1&quot;: dùng TQ, BG hoặc TV.</translation>
    </message>
    <message>
        <source>Progress towards the targets of %1, %2</source>
        <translation>Tiến độ thực hiện chỉ tiêu của tỉnh %1, %2</translation>
    </message>
    <message>
        <source>Figures reported for %1, evaluated by ParDesk</source>
        <translation>Số liệu báo cáo %1, ParDesk tổng hợp và đánh giá</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Planned value</source>
        <translation>Chỉ tiêu kế hoạch</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <source>Year-end projection</source>
        <translation>Dự báo cuối năm</translation>
    </message>
    <message>
        <source>The province %1 has no targets to print.</source>
        <translation>Tỉnh %1 không có chỉ tiêu để in.</translation>
    </message>
    <message>
        <source>Period of the figure</source>
        <translation>Kỳ số liệu</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cơ quan có số liệu</translation>
    </message>
</context>
<context>
    <name>Projection</name>
    <message>
        <source>No values to project from.</source>
        <translation>Không có giá trị nào để dự báo.</translation>
    </message>
    <message>
        <source>The comparison &quot;%1&quot; needs a target value.</source>
        <translation>Phép so sánh &quot;%1&quot; cần một giá trị chỉ tiêu.</translation>
    </message>
    <message>
        <source>The values to project from must be of one year: %1 and %2 are not.</source>
        <translation>Các giá trị dùng để dự báo phải cùng một năm: %1 và %2 không cùng năm.</translation>
    </message>
    <message>
        <source>%1 and %2 end together but have different cumulative values.</source>
        <translation>%1 và %2 kết thúc cùng thời điểm nhưng có giá trị lũy kế khác nhau.</translation>
    </message>
    <message>
        <source>The value at the end of %1 is known (%2): it is used as it is, without projection.</source>
        <translation>Đã có giá trị cuối năm %1 (%2): dùng đúng giá trị này, không dự báo.</translation>
    </message>
    <message>
        <source>Linear trend (least squares) of %1 cumulative values (%2), projected to the end of %3.</source>
        <translation>Xu hướng tuyến tính (bình phương nhỏ nhất) của %1 giá trị lũy kế (%2), dự báo đến cuối năm %3.</translation>
    </message>
    <message>
        <source>Only one value (%1): no trend can be drawn from it, so the end of %2 is not projected.</source>
        <translation>Chỉ có một giá trị (%1): không xác định được xu hướng, nên không dự báo giá trị cuối năm %2.</translation>
    </message>
    <message>
        <source>No period of %1 has a value: nothing to project.</source>
        <translation>Không kỳ nào của năm %1 có giá trị: không có gì để dự báo.</translation>
    </message>
    <message>
        <source>Skipped for lack of a value: %1.</source>
        <translation>Bỏ qua vì không có giá trị: %1.</translation>
    </message>
    <message>
        <source>Only the quarters of one year can be added up: %1 is not one of them.</source>
        <translation>Chỉ cộng dồn được các quý của cùng một năm: %1 không thuộc số đó.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 được nhập hai lần.</translation>
    </message>
    <message>
        <source>There is no comparison to meet: the target is qualitative.</source>
        <translation>Không có phép so sánh để đánh giá: chỉ tiêu này là định tính.</translation>
    </message>
</context>
<context>
    <name>ReportingCalendar</name>
    <message>
        <source>The seed names the month only; the last day of the month is taken, as for the deadlines of tasks.</source>
        <translation>Văn bản chỉ nêu tháng; lấy ngày cuối tháng, như đối với thời hạn của nhiệm vụ.</translation>
    </message>
    <message>
        <source>The seed sets no date for the agencies&apos; reports, which feed the report of Văn phòng UBND tỉnh: they are due by the day that report is due.</source>
        <translation>Văn bản không quy định hạn báo cáo của các cơ quan, đơn vị (là số liệu cho báo cáo của Văn phòng UBND tỉnh): hạn là ngày đến hạn của báo cáo đó.</translation>
    </message>
    <message>
        <source>The nine-month report follows the rule of the third quarter.</source>
        <translation>Báo cáo 9 tháng theo quy định của báo cáo quý III.</translation>
    </message>
    <message>
        <source>The seeds set no second-half report; it is due with the annual report.</source>
        <translation>Văn bản không quy định báo cáo 6 tháng cuối năm; hạn theo báo cáo năm.</translation>
    </message>
    <message>
        <source>The seed sets no six-month report; the first half is due with the second quarter&apos;s report.</source>
        <translation>Văn bản không quy định báo cáo 6 tháng; hạn theo báo cáo quý II.</translation>
    </message>
    <message>
        <source>Unknown province &quot;%1&quot;: use TQ, BG or TV.</source>
        <translation>Không có tỉnh &quot;%1&quot;: dùng TQ, BG hoặc TV.</translation>
    </message>
    <message>
        <source>The seeds give no due date for the consolidated report of province %1.</source>
        <translation>Văn bản không quy định hạn gửi báo cáo tổng hợp của tỉnh %1.</translation>
    </message>
    <message>
        <source>The time the report arrived is not a valid date and time.</source>
        <translation>Thời điểm nhận báo cáo không phải là ngày giờ hợp lệ.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>Không thể khôi phục từ bản sao lưu %1: %2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>tệp không tồn tại.</translation>
    </message>
    <message>
        <source>it is damaged or not a database (%1).</source>
        <translation>tệp bị hỏng hoặc không phải cơ sở dữ liệu (%1).</translation>
    </message>
    <message>
        <source>it is not a ParDesk store.</source>
        <translation>đây không phải kho dữ liệu ParDesk.</translation>
    </message>
    <message>
        <source>it was written by a newer version of ParDesk (schema %1; this version reads up to %2).</source>
        <translation>tệp được ghi bởi phiên bản ParDesk mới hơn (lược đồ %1; phiên bản này chỉ đọc đến %2).</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: it is the store itself.</source>
        <translation>Không thể khôi phục từ %1: đó chính là kho dữ liệu đang dùng.</translation>
    </message>
    <message>
        <source>The store was not replaced: keeping a copy of it failed. %1</source>
        <translation>Kho dữ liệu chưa bị thay thế: không lưu được bản sao của kho hiện tại. %1</translation>
    </message>
    <message>
        <source>The store was not replaced: %1</source>
        <translation>Kho dữ liệu chưa bị thay thế: %1</translation>
    </message>
    <message>
        <source>The store %1 was not replaced: %2</source>
        <translation>Kho dữ liệu %1 chưa bị thay thế: %2</translation>
    </message>
    <message>
        <source>other programs kept writing to the store for 30 seconds (%1); try again.</source>
        <translation>các chương trình khác liên tục ghi vào kho dữ liệu suốt 30 giây (%1); hãy thử lại.</translation>
    </message>
    <message>
        <source>%1 is a store on a PostgreSQL server: restore it there with pg_restore (see docs/server.md), or fill an empty server database from a file with pardesk-cli copy --from FILE.sqlite --to SERVER.</source>
        <translation>%1 là kho dữ liệu trên máy chủ PostgreSQL: hãy phục hồi trên máy chủ bằng pg_restore (xem docs/server.md), hoặc nạp vào một cơ sở dữ liệu trống trên máy chủ từ tệp bằng pardesk-cli copy --from FILE.sqlite --to SERVER.</translation>
    </message>
</context>
<context>
    <name>RowSnapshot</name>
    <message>
        <source>The deleted rows could not be kept for undo: %1</source>
        <translation>Không lưu giữ được dữ liệu bị xóa để hoàn tác: %1</translation>
    </message>
    <message>
        <source>The deleted rows could not be put back: %1</source>
        <translation>Không khôi phục được dữ liệu đã xóa: %1</translation>
    </message>
    <message>
        <source>the table %1 has no primary key to find its rows again by.</source>
        <translation>bảng %1 không có khóa chính để tìm lại các dòng của nó.</translation>
    </message>
</context>
<context>
    <name>ScoresChartBuilder</name>
    <message>
        <source>Achieved</source>
        <translation>Đạt được</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Bị mất</translation>
    </message>
    <message>
        <source>%1 %2 — %3 of %4</source>
        <translation>%1 %2 — %3/%4</translation>
    </message>
    <message>
        <source>PAR Index %1, %2 — area %3: %4 of %5 points</source>
        <translation>PAR Index %1, %2 — lĩnh vực %3: %4/%5 điểm</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Country %1</source>
        <translation>Cả nước %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>PAPI %1 → %2, %3</source>
        <translation>PAPI %1 → %2, %3</translation>
    </message>
    <message>
        <source>Dimension / sub-indicator</source>
        <translation>Chỉ số nội dung / chỉ số thành phần</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Province average</source>
        <translation>Trung bình của tỉnh</translation>
    </message>
    <message>
        <source>Country average</source>
        <translation>Trung bình cả nước</translation>
    </message>
    <message>
        <source>An agency</source>
        <translation>Một cơ quan</translation>
    </message>
    <message>
        <source>The province</source>
        <translation>Toàn tỉnh</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>SIPAS — satisfaction, %1</source>
        <translation>SIPAS — mức độ hài lòng, %1</translation>
    </message>
    <message>
        <source>Satisfaction (%)</source>
        <translation>Mức độ hài lòng (%)</translation>
    </message>
    <message>
        <source>Result of</source>
        <translation>Kết quả của</translation>
    </message>
</context>
<context>
    <name>SignatureOutcome</name>
    <message>
        <source>Warning: the package is not signed. Nothing shows that %1 sent it or that nobody changed it on the way; it is imported because this store accepts unsigned packages.</source>
        <translation>Cảnh báo: gói báo cáo không được ký số. Không có gì chứng minh %1 đã gửi gói hay không ai sửa gói trên đường gửi; gói vẫn được nhập vì cơ sở dữ liệu này chấp nhận gói không ký số.</translation>
    </message>
    <message>
        <source>Signed by &quot;%1&quot; (certificate %2, valid %3 to %4)</source>
        <translation>Ký bởi &quot;%1&quot; (chứng thư số %2, hiệu lực từ %3 đến %4)</translation>
    </message>
    <message>
        <source> on %1 (UTC).</source>
        <translation> lúc %1 (UTC).</translation>
    </message>
    <message>
        <source>, with no signing time.</source>
        <translation>, không có thời điểm ký.</translation>
    </message>
    <message>
        <source>The certificate is registered for %1.</source>
        <translation>Chứng thư số đã được đăng ký cho %1.</translation>
    </message>
    <message>
        <source>The certificate names %1 and was issued under the registered authority &quot;%2&quot;.</source>
        <translation>Chứng thư số ghi tên %1 và được cấp bởi tổ chức chứng thực đã đăng ký &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The certificate was trusted for %1 at this import (first use).</source>
        <translation>Chứng thư số được tin cậy cho %1 khi nhập lần này (lần sử dụng đầu tiên).</translation>
    </message>
    <message>
        <source>The signature is intact, but the certificate is in no register of this store. Check its fingerprint (%1) with %2 before trusting it for that agency.</source>
        <translation>Chữ ký số còn nguyên vẹn, nhưng chứng thư số không có trong sổ đăng ký nào của cơ sở dữ liệu này. Hãy đối chiếu dấu vân tay (%1) với %2 trước khi tin cậy chứng thư này cho đơn vị đó.</translation>
    </message>
    <message>
        <source>%1: the package is signed with a certificate that is in no register of this store (&quot;%2&quot;, fingerprint %3). Check the fingerprint with %4, then import it again trusting the certificate (pardesk-cli: --trust-new), or register the certificate first. Nothing was imported.</source>
        <translation>%1: gói được ký bằng chứng thư số không có trong sổ đăng ký nào của cơ sở dữ liệu này (&quot;%2&quot;, dấu vân tay %3). Hãy đối chiếu dấu vân tay với %4, rồi nhập lại và tin cậy chứng thư số (pardesk-cli: --trust-new), hoặc đăng ký chứng thư số trước. Chưa có gì được nhập.</translation>
    </message>
</context>
<context>
    <name>SignatureTrust</name>
    <message>
        <source>%1: the package is not signed, and this store accepts only signed packages. Ask %2 to sign it with its certificate. It was not imported.</source>
        <translation>%1: gói báo cáo không được ký số, mà cơ sở dữ liệu này chỉ nhận gói đã ký số. Đề nghị %2 ký số gói bằng chứng thư số của đơn vị. Gói không được nhập.</translation>
    </message>
    <message>
        <source>%1: the package was signed on %2 with the certificate &quot;%3&quot;, which was valid only from %4 to %5 (expired or not yet valid when it signed). It was not imported.</source>
        <translation>%1: gói được ký lúc %2 bằng chứng thư số &quot;%3&quot;, chỉ có hiệu lực từ %4 đến %5 (đã hết hạn hoặc chưa có hiệu lực khi ký). Gói không được nhập.</translation>
    </message>
    <message>
        <source>%1: the package is for %2, but it was signed with the certificate of %3 (&quot;%4&quot;). It was not imported.</source>
        <translation>%1: gói báo cáo của %2, nhưng được ký bằng chứng thư số của %3 (&quot;%4&quot;). Gói không được nhập.</translation>
    </message>
    <message>
        <source>%1: the package is for %2, but its certificate, issued by &quot;%3&quot;, names &quot;%4&quot; (UID &quot;%5&quot;), not that agency. It was not imported.</source>
        <translation>%1: gói báo cáo của %2, nhưng chứng thư số của gói, do &quot;%3&quot; cấp, ghi tên &quot;%4&quot; (UID &quot;%5&quot;), không phải đơn vị đó. Gói không được nhập.</translation>
    </message>
    <message>
        <source>%1: the package is for %2, but its certificate names the agency &quot;%3&quot; (UID). It was not imported.</source>
        <translation>%1: gói báo cáo của %2, nhưng chứng thư số của gói ghi tên đơn vị &quot;%3&quot; (UID). Gói không được nhập.</translation>
    </message>
</context>
<context>
    <name>SourceName</name>
    <message>
        <source>dated %1</source>
        <translation>ngày %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>tháng %1</translation>
    </message>
    <message>
        <source>of the year %1</source>
        <translation>năm %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>%1 No. %2</source>
        <translation>%1 số %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>của %1</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>phần đầu văn bản</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>mục %1</translation>
    </message>
    <message>
        <source>Appendix, row %1</source>
        <translation>Phụ lục, dòng %1</translation>
    </message>
    <message>
        <source>Appendix %1, row %2</source>
        <translation>Phụ lục %1, dòng %2</translation>
    </message>
    <message>
        <source>Appendix %1</source>
        <translation>Phụ lục %1</translation>
    </message>
    <message>
        <source>Appendix, section %1</source>
        <translation>Phụ lục, mục %1</translation>
    </message>
    <message>
        <source>section %1, table, row %2</source>
        <translation>mục %1, bảng, dòng %2</translation>
    </message>
</context>
<context>
    <name>StagedFile</name>
    <message>
        <source>the disk is full</source>
        <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
        <source>%1 was not written: %2. Any file of that name was left as it was.</source>
        <translation>Không ghi được %1: %2. Tệp cùng tên (nếu có) được giữ nguyên.</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>Chưa có tên tệp.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>thư mục %1 không tồn tại</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>đây là một thư mục</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>tệp chưa được mở</translation>
    </message>
    <message>
        <source>it could not be written to the disk</source>
        <translation>không ghi được xuống ổ đĩa</translation>
    </message>
</context>
<context>
    <name>StoreInfo</name>
    <message>
        <source>Could not mark the store as synthetic: %1</source>
        <translation>Không đánh dấu được kho dữ liệu là dữ liệu mô phỏng: %1</translation>
    </message>
    <message>
        <source>SYNTHETIC DATA: generated for tests and demonstrations, not real figures.</source>
        <translation>DỮ LIỆU MÔ PHỎNG: sinh tự động để kiểm thử và trình diễn, không phải số liệu thật.</translation>
    </message>
</context>
<context>
    <name>SubmissionCsv</name>
    <message>
        <source>%1: a quoted field is not closed.</source>
        <translation>%1: có trường trong ngoặc kép chưa được đóng.</translation>
    </message>
    <message>
        <source>%1: the file is empty; it needs a header row with the columns code and value.</source>
        <translation>%1: tệp rỗng; tệp cần một dòng tiêu đề với các cột code và value.</translation>
    </message>
    <message>
        <source>%1, row 1: there is no column &quot;%2&quot;; the header must name the columns code and value.</source>
        <translation>%1, dòng 1: không có cột &quot;%2&quot;; dòng tiêu đề phải có các cột code và value.</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, dòng %2</translation>
    </message>
    <message>
        <source>%1: the code is empty.</source>
        <translation>%1: mã trống.</translation>
    </message>
    <message>
        <source>%1, code %2: the form %3 has no such item.</source>
        <translation>%1, mã %2: biểu mẫu %3 không có mục này.</translation>
    </message>
    <message>
        <source>%1, code %2: the code is given twice (first in row %3).</source>
        <translation>%1, mã %2: mã bị lặp lại (lần đầu ở dòng %3).</translation>
    </message>
    <message>
        <source>%1, code %2: %3.</source>
        <translation>%1, mã %2: %3.</translation>
    </message>
    <message>
        <source>%1, row 1: the file is UTF-16 text, not UTF-8; save it as &quot;CSV UTF-8&quot;.</source>
        <translation>%1, dòng 1: tệp là văn bản UTF-16, không phải UTF-8; hãy lưu dưới dạng &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>%1, row %2: the file is not UTF-8 text (Windows-1258 or another code page?); save it as &quot;CSV UTF-8&quot;.</source>
        <translation>%1, dòng %2: tệp không phải văn bản UTF-8 (bảng mã Windows-1258 hay bảng mã khác?); hãy lưu dưới dạng &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>%1, row %2: there is no column &quot;%3&quot;; the header must name the columns code and value.</source>
        <translation>%1, dòng %2: không có cột &quot;%3&quot;; dòng tiêu đề phải có các cột code và value.</translation>
    </message>
    <message>
        <source>a submission&apos;s CSV file</source>
        <translation>một tệp CSV báo cáo số liệu</translation>
    </message>
    <message>
        <source>%1: the file is a workbook (XLSX or another zip), not CSV text; import the workbook itself, or save it as &quot;CSV UTF-8&quot;.</source>
        <translation>%1: tệp là một sổ tính (XLSX hoặc tệp nén zip khác), không phải văn bản CSV; hãy nhập chính sổ tính đó, hoặc lưu lại dưới dạng &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>%1, row %2: the file holds a NUL byte, which no text file has; it is not a CSV file.</source>
        <translation>%1, dòng %2: tệp chứa byte NUL, điều không có ở tệp văn bản; đây không phải là tệp CSV.</translation>
    </message>
    <message>
        <source>%1, code %2: the value is %3 characters long; at most %4 are accepted.</source>
        <translation>%1, mã %2: giá trị dài %3 ký tự; chỉ chấp nhận tối đa %4 ký tự.</translation>
    </message>
    <message>
        <source>%1, code %2: the note is %3 characters long; at most %4 are accepted.</source>
        <translation>%1, mã %2: ghi chú dài %3 ký tự; chỉ chấp nhận tối đa %4 ký tự.</translation>
    </message>
</context>
<context>
    <name>SubmissionFile</name>
    <message>
        <source>%1: the sheet &quot;%2&quot; names no data sheet; the workbook was altered.</source>
        <translation>%1: trang &quot;%2&quot; không chỉ ra trang số liệu; sổ tính đã bị sửa đổi.</translation>
    </message>
    <message>
        <source>%1, sheet %2, row %3: there is no column &quot;value&quot; beside the code column.</source>
        <translation>%1, trang %2, dòng %3: không có cột &quot;giá trị&quot; bên cạnh cột mã.</translation>
    </message>
    <message>
        <source>%1, sheet %2: no row names a column &quot;code&quot; (or &quot;Mã số&quot;); the items cannot be matched.</source>
        <translation>%1, trang %2: không dòng nào có cột &quot;code&quot; (hoặc &quot;Mã số&quot;); không đối chiếu được các chỉ tiêu.</translation>
    </message>
    <message>
        <source>%1: the workbook has no visible sheet.</source>
        <translation>%1: sổ tính không có trang nào hiển thị.</translation>
    </message>
    <message>
        <source>%1: the workbook is for %2, %3, %4, not for what was asked.</source>
        <translation>%1: sổ tính dành cho %2, %3, %4, không phải báo cáo được yêu cầu.</translation>
    </message>
    <message>
        <source>%1: the file does not say whose submission it is; give the form, the agency and the period.</source>
        <translation>%1: tệp không cho biết là báo cáo của ai; hãy chỉ rõ biểu mẫu, đơn vị và kỳ báo cáo.</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, dòng %2</translation>
    </message>
    <message>
        <source>%1: ParDesk imports .xlsx, .csv and .pardesk files.</source>
        <translation>%1: ParDesk chỉ nhập tệp .xlsx, .csv và .pardesk.</translation>
    </message>
    <message>
        <source>%1: a CSV file does not say whose submission it is; give the form, the agency and the period.</source>
        <translation>%1: tệp CSV không cho biết là báo cáo của ai; hãy chỉ rõ biểu mẫu, đơn vị và kỳ báo cáo.</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, trang %2</translation>
    </message>
    <message>
        <source>no item code in column %1</source>
        <translation>cột %1 không có mã chỉ tiêu</translation>
    </message>
    <message>
        <source>%1, sheet %2, row %3: the header row no longer names the columns &quot;Mã số&quot; (code) and &quot;Giá trị&quot; (value); the items cannot be matched. Restore the headers or use a new template.</source>
        <translation>%1, trang %2, dòng %3: dòng tiêu đề không còn tên cột &quot;Mã số&quot; và &quot;Giá trị&quot;; không khớp được các chỉ tiêu. Hãy khôi phục tiêu đề cột hoặc dùng mẫu mới.</translation>
    </message>
    <message>
        <source>a submission&apos;s CSV file</source>
        <translation>một tệp CSV báo cáo số liệu</translation>
    </message>
    <message>
        <source>%1, cell %2, code %3: the cell is formatted as a date or time, so it shows a day, not the number %4; set its format to a number and type the figure again.</source>
        <translation>%1, ô %2, mã %3: ô được định dạng ngày hoặc giờ nên hiển thị một ngày, không phải số %4; hãy đặt định dạng số cho ô rồi nhập lại số liệu.</translation>
    </message>
    <message>
        <source>%1: the workbook is a self-assessment template, not a report&apos;s; import it with pardesk-cli assessment import or Import… in the Self-assessment area.</source>
        <translation>%1: sổ tính là biểu mẫu tự chấm điểm, không phải biểu mẫu báo cáo số liệu; hãy nhập bằng pardesk-cli assessment import hoặc nút Nhập… trong vùng Tự chấm điểm.</translation>
    </message>
</context>
<context>
    <name>SubmitRule</name>
    <message numerus="yes">
        <source>The submission has %n error(s); it is sent only with an explanation of them.</source>
        <translation>
            <numerusform>Báo cáo còn %n lỗi; chỉ được gửi kèm giải trình về các lỗi đó.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmissionImport</name>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Không có gì được nhập.</translation>
    </message>
    <message>
        <source>%1: %2 has already a submission of %3 for %4. Replace it, or cancel.</source>
        <translation>%1: %2 đã có báo cáo %3 kỳ %4. Hãy thay thế hoặc hủy.</translation>
    </message>
    <message>
        <source>%1: the import could not be written (%2). Nothing was changed.</source>
        <translation>%1: không ghi được dữ liệu nhập (%2). Không có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>SubmissionLookup</name>
    <message>
        <source>Reading the database failed: %1</source>
        <translation>Đọc cơ sở dữ liệu không thành công: %1</translation>
    </message>
</context>
<context>
    <name>SubmissionPackage</name>
    <message>
        <source>%1, value %2</source>
        <translation>%1, giá trị thứ %2</translation>
    </message>
    <message>
        <source>%1, code %2: the form %3 has no such item.</source>
        <translation>%1, mã %2: biểu mẫu %3 không có chỉ tiêu này.</translation>
    </message>
    <message>
        <source>%1, code %2: the code is given twice.</source>
        <translation>%1, mã %2: mã bị ghi hai lần.</translation>
    </message>
    <message>
        <source>%1, code %2: the value is not a number.</source>
        <translation>%1, mã %2: giá trị không phải là số.</translation>
    </message>
    <message>
        <source>%1, code %2</source>
        <translation>%1, mã %2</translation>
    </message>
    <message>
        <source>a submission package</source>
        <translation>một gói báo cáo</translation>
    </message>
    <message>
        <source>%1: the package holds no list of values; it was not imported.</source>
        <translation>%1: gói không có danh sách số liệu; gói không được nhập.</translation>
    </message>
    <message>
        <source>%1, value %2: it is not a value of the form (an object with a code and a text); the package was not imported.</source>
        <translation>%1, số liệu thứ %2: không phải một số liệu của biểu mẫu (đối tượng có mã và nội dung); gói không được nhập.</translation>
    </message>
    <message>
        <source>%1: the number sent with the text &quot;%2&quot; (%3) is not what the text reads; the package was altered or is damaged. It was not imported.</source>
        <translation>%1: con số gửi kèm nội dung &quot;%2&quot; (%3) không khớp với nội dung; gói đã bị sửa hoặc bị hỏng. Gói không được nhập.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
</context>
<context>
    <name>SubmissionSheet</name>
    <message>
        <source>This submission is %1: reopen it to change it.</source>
        <translation>Báo cáo này ở trạng thái %1: mở lại để sửa.</translation>
    </message>
    <message>
        <source>%1 is a heading and takes no value.</source>
        <translation>%1 là dòng tiêu đề, không nhập số liệu.</translation>
    </message>
</context>
<context>
    <name>SyntheticPlan</name>
    <message>
        <source>The synthetic plan refers to the form %1, which the store does not have.</source>
        <translation>Kế hoạch mô phỏng dẫn chiếu biểu mẫu %1, nhưng kho dữ liệu không có biểu mẫu này.</translation>
    </message>
</context>
<context>
    <name>TargetEvaluation</name>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Chưa có số liệu</translation>
    </message>
    <message>
        <source>Not measurable</source>
        <translation>Không định lượng được</translation>
    </message>
    <message>
        <source>Not measured by the forms</source>
        <translation>Biểu mẫu không đo chỉ tiêu này</translation>
    </message>
    <message>
        <source>No figures for its year</source>
        <translation>Chưa có số liệu năm của chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>TargetVerdict</name>
    <message>
        <source>No figures for %1</source>
        <translation>Chưa có số liệu năm %1</translation>
    </message>
    <message>
        <source>%1/%2 agencies</source>
        <translation>%1/%2 cơ quan</translation>
    </message>
</context>
<context>
    <name>TaskAppendix</name>
    <message>
        <source>The document %1 has no tasks to print.</source>
        <translation>Văn bản %1 không có nhiệm vụ để in.</translation>
    </message>
    <message>
        <source>Specific tasks: %1</source>
        <translation>Nhiệm vụ cụ thể: %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nội dung công việc</translation>
    </message>
    <message>
        <source>Completion time</source>
        <translation>Thời gian hoàn thành</translation>
    </message>
    <message>
        <source>Expected output</source>
        <translation>Dự kiến sản phẩm</translation>
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
    <message>
        <source>The disk is full or the file may not grow; free some space and try again. Nothing was changed.</source>
        <translation>Ổ đĩa đã đầy hoặc tệp không thể lớn thêm; hãy giải phóng dung lượng rồi thử lại. Chưa có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>There is no agency with the id %1: see pardesk-cli submissions.</source>
        <translation>Không có cơ quan mang mã %1: xem pardesk-cli submissions.</translation>
    </message>
    <message>
        <source>Unknown province &quot;%1&quot;: use TQ, BG or TV.</source>
        <translation>Không có tỉnh &quot;%1&quot;: dùng TQ, BG hoặc TV.</translation>
    </message>
    <message>
        <source>%1, agencies of level %2</source>
        <translation>%1, các cơ quan cấp %2</translation>
    </message>
    <message>
        <source>%1, whole province</source>
        <translation>%1, toàn tỉnh</translation>
    </message>
    <message>
        <source>No form of %1 has an item or theme &quot;%2&quot;: see pardesk-cli forms and themes.</source>
        <translation>Không biểu mẫu nào của %1 có chỉ tiêu hoặc nội dung &quot;%2&quot;: xem pardesk-cli forms và themes.</translation>
    </message>
    <message>
        <source>%1 and %2 are periods of different kinds: give two quarters, two halves or two years.</source>
        <translation>%1 và %2 là hai loại kỳ khác nhau: hãy chọn hai quý, hai kỳ 6 tháng hoặc hai năm.</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2).</source>
        <translation>Khoảng thời gian kết thúc (%1) trước khi bắt đầu (%2).</translation>
    </message>
    <message>
        <source>The range %1 to %2 is longer than 30 years.</source>
        <translation>Khoảng từ %1 đến %2 dài hơn 30 năm.</translation>
    </message>
</context>
<context>
    <name>TrendChartBuilder</name>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Giá trị (%1)</translation>
    </message>
    <message>
        <source>No figures reported for this range: nothing to draw.</source>
        <translation>Chưa có số liệu báo cáo trong khoảng này: không có gì để vẽ.</translation>
    </message>
    <message>
        <source>Only one period reported: there is no trend yet.</source>
        <translation>Mới có số liệu của một kỳ báo cáo: chưa có xu hướng.</translation>
    </message>
    <message>
        <source>No figures for %1 (gaps, not zeros).</source>
        <translation>Không có số liệu kỳ %1 (để trống, không phải bằng 0).</translation>
    </message>
    <message>
        <source>No target of the province measures this item.</source>
        <translation>Tỉnh không có chỉ tiêu nào đo bằng số liệu này.</translation>
    </message>
    <message>
        <source>%1 (%2, from %3)</source>
        <translation>%1 (%2, từ năm %3)</translation>
    </message>
    <message>
        <source>The province&apos;s targets for this item apply outside this range: %1.</source>
        <translation>Các chỉ tiêu của tỉnh cho số liệu này áp dụng ngoài khoảng thời gian đã chọn: %1.</translation>
    </message>
    <message>
        <source>Year-end %1: %2. %3</source>
        <translation>Cuối năm %1: %2. %3</translation>
    </message>
    <message>
        <source>The projection is a year total, on another scale than the periods&apos; values: not drawn.</source>
        <translation>Dự báo là tổng cả năm, khác thang đo với số liệu từng kỳ: không vẽ lên biểu đồ.</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>No target applies</source>
        <translation>Không có chỉ tiêu áp dụng</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Target %1 (%2)</source>
        <translation>Chỉ tiêu %1 (%2)</translation>
    </message>
    <message>
        <source>Projection to year end %1</source>
        <translation>Dự báo đến cuối năm %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4 agencies reported)</source>
        <translation>%1: %2 (%3/%4 cơ quan đã báo cáo)</translation>
    </message>
    <message>
        <source>year end</source>
        <translation>cuối năm</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1 is required but has no value.</source>
        <translation>%1 là mục bắt buộc nhưng chưa có số liệu.</translation>
    </message>
    <message>
        <source>%1 was written as a percentage (%2%), but its unit, %3, counts things; the value is left out of the calculations.</source>
        <translation>%1 được ghi dưới dạng tỷ lệ (%2%) nhưng đơn vị tính %3 là số lượng; giá trị này không được dùng để tính toán.</translation>
    </message>
    <message>
        <source>%1 is a count but holds the negative number %2.</source>
        <translation>%1 là số lượng nhưng có giá trị âm %2.</translation>
    </message>
    <message>
        <source>%1 is a count but holds %2, which is not a whole number.</source>
        <translation>%1 là số lượng nhưng có giá trị %2, không phải số nguyên.</translation>
    </message>
    <message>
        <source>%1 holds %2%, outside 0–100%.</source>
        <translation>%1 có giá trị %2%, nằm ngoài khoảng 0–100%.</translation>
    </message>
    <message>
        <source>%1 holds %2, which is not one of its answers (%3).</source>
        <translation>%1 có giá trị %2, không thuộc các phương án trả lời (%3).</translation>
    </message>
    <message>
        <source>In %1 the numerator %2 (%3) is greater than the denominator %4 (%5).</source>
        <translation>Tại %1, tử số %2 (%3) lớn hơn mẫu số %4 (%5).</translation>
    </message>
    <message>
        <source>%1 states %2%, but %3 / %4 = %5 / %6 gives %7%.</source>
        <translation>%1 ghi %2%, nhưng %3 / %4 = %5 / %6 cho kết quả %7%.</translation>
    </message>
    <message>
        <source>%1 states %2%, which cannot be checked: its denominator %3 is zero.</source>
        <translation>%1 ghi %2%, không kiểm tra được: mẫu số %3 bằng 0.</translation>
    </message>
    <message>
        <source>%1 states %2%, which cannot be checked: neither %3 nor %4 has a usable value.</source>
        <translation>%1 ghi %2%, không kiểm tra được: cả %3 và %4 đều không có số liệu dùng được.</translation>
    </message>
    <message>
        <source>%1 states %2%, which cannot be checked: %3 has no usable value.</source>
        <translation>%1 ghi %2%, không kiểm tra được: %3 không có số liệu dùng được.</translation>
    </message>
    <message>
        <source>%1 states a total of %2, but its parts %3 add up to %4.</source>
        <translation>%1 ghi tổng số %2, nhưng các thành phần %3 cộng lại bằng %4.</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Could not create %1.</source>
        <translation>Không tạo được %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: the part &quot;%2&quot; is not well-formed XML (line %3: %4).</source>
        <translation>%1: phần &quot;%2&quot; không phải XML hợp lệ (dòng %3: %4).</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; has no part in the workbook.</source>
        <translation>%1: trang &quot;%2&quot; không có nội dung trong sổ tính.</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; points outside the workbook.</source>
        <translation>%1: trang &quot;%2&quot; trỏ ra ngoài sổ tính.</translation>
    </message>
    <message>
        <source>%1, sheet %2: the cell reference &quot;%3&quot; is not valid.</source>
        <translation>%1, trang %2: địa chỉ ô &quot;%3&quot; không hợp lệ.</translation>
    </message>
    <message>
        <source>%1, sheet %2, cell %3</source>
        <translation>%1, trang %2, ô %3</translation>
    </message>
    <message>
        <source>%1: the shared string %2 does not exist.</source>
        <translation>%1: chuỗi dùng chung số %2 không tồn tại.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is stored as a number but is not one.</source>
        <translation>%1: &quot;%2&quot; được lưu dạng số nhưng không phải là số.</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet.</source>
        <translation>%1: sổ tính không có trang nào.</translation>
    </message>
    <message>
        <source>%1, sheet %2, cell %3: the cell is written twice in the file; programs would show different values. It was not read.</source>
        <translation>%1, trang %2, ô %3: ô được ghi hai lần trong tệp; các chương trình sẽ hiển thị giá trị khác nhau. Tệp không được đọc.</translation>
    </message>
    <message>
        <source>a workbook of a form</source>
        <translation>một sổ tính của biểu mẫu</translation>
    </message>
</context>
<context>
    <name>XlsxTemplate</name>
    <message>
        <source>Agency: %1 — Period: %2 — Form %3</source>
        <translation>Đơn vị: %1 — Kỳ báo cáo: %2 — Biểu mẫu %3</translation>
    </message>
    <message>
        <source>Type the figures in the yellow cells and a note where needed; grey rows are computed. Write - for no data.</source>
        <translation>Nhập số liệu vào các ô màu vàng và ghi chú khi cần; các dòng màu xám được tính tự động. Ghi - nếu không có số liệu.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã số</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>%1: the archive would unpack to far more than a workbook holds (a decompression bomb?). It was not read.</source>
        <translation>%1: tệp nén khi giải nén sẽ lớn hơn nhiều so với một sổ tính (bom giải nén?). Tệp không được đọc.</translation>
    </message>
    <message>
        <source>%1: the file is not an XLSX workbook (not a zip archive).</source>
        <translation>%1: tệp không phải sổ tính XLSX (không phải tệp nén zip).</translation>
    </message>
    <message>
        <source>%1: the zip archive is truncated (its directory is missing).</source>
        <translation>%1: tệp nén zip bị cắt cụt (thiếu danh mục).</translation>
    </message>
    <message>
        <source>%1: the archive is a ZIP64 archive, which no workbook of a form needs.</source>
        <translation>%1: tệp nén dạng ZIP64, sổ tính của biểu mẫu không cần đến dạng này.</translation>
    </message>
    <message>
        <source>%1: the archive holds %2 entries; a workbook has far fewer. It was not read.</source>
        <translation>%1: tệp nén chứa %2 mục; một sổ tính có ít hơn nhiều. Tệp không được đọc.</translation>
    </message>
    <message>
        <source>%1: the zip archive is damaged (its directory points outside the file).</source>
        <translation>%1: tệp nén zip bị hỏng (danh mục trỏ ra ngoài tệp).</translation>
    </message>
    <message>
        <source>%1: the zip archive is damaged (entry %2 of its directory).</source>
        <translation>%1: tệp nén zip bị hỏng (mục %2 trong danh mục).</translation>
    </message>
    <message>
        <source>%1: the archive entry &quot;%2&quot; points outside the workbook. It was not read.</source>
        <translation>%1: mục &quot;%2&quot; trong tệp nén trỏ ra ngoài sổ tính. Tệp không được đọc.</translation>
    </message>
    <message>
        <source>%1: the workbook has no part &quot;%2&quot;.</source>
        <translation>%1: sổ tính không có phần &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: the part &quot;%2&quot; is damaged.</source>
        <translation>%1: phần &quot;%2&quot; bị hỏng.</translation>
    </message>
    <message>
        <source>%1: the part &quot;%2&quot; is cut short: the file is truncated.</source>
        <translation>%1: phần &quot;%2&quot; bị thiếu: tệp bị cắt cụt.</translation>
    </message>
    <message>
        <source>%1: the part &quot;%2&quot; is packed with method %3, which a workbook does not use.</source>
        <translation>%1: phần &quot;%2&quot; được nén theo phương thức %3, sổ tính không dùng phương thức này.</translation>
    </message>
    <message>
        <source>%1: the archive holds the entry &quot;%2&quot; twice; programs would read different contents. It was not read.</source>
        <translation>%1: tệp nén chứa mục &quot;%2&quot; hai lần; các chương trình sẽ đọc ra nội dung khác nhau. Tệp không được đọc.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ParDesk: plans, targets and reports of administrative reform.</source>
        <translation>ParDesk: kế hoạch, chỉ tiêu và báo cáo cải cách hành chính.</translation>
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
        <source>key</source>
        <translation>khóa</translation>
    </message>
    <message>
        <source>ParDesk</source>
        <translation>ParDesk</translation>
    </message>
    <message>
        <source>Show this area on start: start, plans, tasks, submissions, scores, charts, consolidation, assessment.</source>
        <translation>Mở vùng này khi khởi động: start (trang bắt đầu), plans, tasks, submissions, scores, charts, consolidation, assessment.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>Select this item of the area on start (a document&apos;s key in plans).</source>
        <translation>Chọn mục này của vùng khi khởi động (khóa của văn bản trong plans).</translation>
    </message>
    <message>
        <source>There is no area named &quot;%1&quot;; the areas are: %2.</source>
        <translation>Không có vùng nào tên &quot;%1&quot;; các vùng là: %2.</translation>
    </message>
    <message>
        <source>Run this menu command on start, e.g. actionManual or actionPrintAppendix; --screenshot then renders the window or dialog it opens.</source>
        <translation>Chạy lệnh trình đơn này khi khởi động, ví dụ actionManual hoặc actionPrintAppendix; khi đó --screenshot chụp cửa sổ hoặc hộp thoại mà lệnh mở ra.</translation>
    </message>
    <message>
        <source>action</source>
        <translation>lệnh</translation>
    </message>
    <message>
        <source>There is no command named &quot;%1&quot;.</source>
        <translation>Không có lệnh nào tên &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The database file, or a server&apos;s postgresql://USER@HOST[:PORT]/DATABASE (the password from ~/.pgpass).</source>
        <translation>Tệp cơ sở dữ liệu, hoặc máy chủ postgresql://USER@HOST[:PORT]/DATABASE (mật khẩu lấy từ ~/.pgpass).</translation>
    </message>
</context>
<context>
    <name>pardesk::AssessmentTemplateDialog</name>
    <message>
        <source>Blank Template for an Agency</source>
        <translation>Biểu mẫu trống cho một cơ quan</translation>
    </message>
    <message>
        <source>&amp;Save template…</source>
        <translation>&amp;Lưu biểu mẫu…</translation>
    </message>
    <message>
        <source>An Excel workbook for an agency to fill in for a period in which it has no self-assessment yet; once filled in, it is imported in this area (Package / template › Import…).</source>
        <translation>Sổ tính Excel để một cơ quan điền cho kỳ chưa có bản tự chấm điểm; điền xong thì nhập tại khu vực này (Gói dữ liệu / biểu mẫu › Nhập…).</translation>
    </message>
    <message>
        <source>Criteria se&amp;t:</source>
        <translation>&amp;Bộ tiêu chí:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>Cơ &amp;quan:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <source>The store holds no criteria set; import one first (pardesk-cli assessment import-set).</source>
        <translation>Kho dữ liệu chưa có bộ tiêu chí nào; hãy nhập bộ tiêu chí trước (pardesk-cli assessment import-set).</translation>
    </message>
    <message>
        <source>This criteria set does not score the agency of the login %1.</source>
        <translation>Bộ tiêu chí này không chấm điểm cơ quan của tài khoản %1.</translation>
    </message>
    <message>
        <source>This criteria set scores no agency in the store.</source>
        <translation>Bộ tiêu chí này không chấm điểm cơ quan nào trong kho dữ liệu.</translation>
    </message>
</context>
<context>
    <name>pardesk::ChartsView</name>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Targets of a theme by province</source>
        <translation>Chỉ tiêu của một nội dung theo tỉnh</translation>
    </message>
    <message>
        <source>Overview: every theme × province</source>
        <translation>Tổng quan: mọi nội dung × tỉnh</translation>
    </message>
    <message>
        <source>Trend against the target</source>
        <translation>Diễn biến so với chỉ tiêu</translation>
    </message>
    <message>
        <source>Index scores</source>
        <translation>Chỉ số xếp hạng</translation>
    </message>
    <message>
        <source>A theme with reported figures, or a form item code (7.6.4 or FORM:7.6.4)</source>
        <translation>Một nội dung đã có số liệu báo cáo, hoặc mã chỉ tiêu của biểu (7.6.4 hoặc BIỂU:7.6.4)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất tệp…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation>Lưu biểu đồ thành PNG, SVG hoặc PDF</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Add to presentation</source>
        <translation>Thêm vào trình chiếu</translation>
    </message>
    <message>
        <source>Present (F11)</source>
        <translation>Trình chiếu (F11)</translation>
    </message>
    <message>
        <source>Charts to present (← → step through them):</source>
        <translation>Biểu đồ trình chiếu (← → để chuyển):</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>Tỉnh:</translation>
    </message>
    <message>
        <source>Whole province</source>
        <translation>Toàn tỉnh</translation>
    </message>
    <message>
        <source>Provincial people&apos;s committee (level)</source>
        <translation>UBND tỉnh (theo cấp)</translation>
    </message>
    <message>
        <source>Departments (level)</source>
        <translation>Các sở, ban, ngành (theo cấp)</translation>
    </message>
    <message>
        <source>Districts (level)</source>
        <translation>Các huyện (theo cấp)</translation>
    </message>
    <message>
        <source>Communes (level)</source>
        <translation>Các xã (theo cấp)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Xuất biểu đồ</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Ảnh PNG (*.png);;Hình vẽ SVG (*.svg);;Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>First period of the trend</source>
        <translation>Kỳ đầu của xu hướng</translation>
    </message>
    <message>
        <source>Last period, of the same kind (two quarters, two halves or two years)</source>
        <translation>Kỳ cuối, cùng loại với kỳ đầu (hai quý, hai kỳ 6 tháng hoặc hai năm)</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>biểu đồ</translation>
    </message>
    <message>
        <source>Self-assessment: the province&apos;s estimate</source>
        <translation>Tự chấm điểm: ước tính của tỉnh</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Năm %1</translation>
    </message>
</context>
<context>
    <name>pardesk::ConsolidationView</name>
    <message>
        <source>Consolidation</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>F&amp;orm:</source>
        <translation>&amp;Biểu mẫu:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Agencies expected to report</source>
        <translation>Các &amp;đơn vị phải báo cáo</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Thời điểm nhận</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>&amp;Totals of the province (expand a total to see the agencies behind it)</source>
        <translation>Tổng hợp t&amp;oàn tỉnh (mở một dòng tổng để xem các đơn vị)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Agencies covered</source>
        <translation>Số đơn vị có số liệu</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Tên chỉ tiêu</translation>
    </message>
    <message>
        <source>&amp;Reminder list</source>
        <translation>Danh sách đôn đốc (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Copy Reminder</source>
        <translation>Sao chép danh sách (&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Xuất CS&amp;V…</translation>
    </message>
    <message>
        <source>&amp;Import Packages…</source>
        <translation>&amp;Nhập các gói báo cáo…</translation>
    </message>
    <message>
        <source>Te&amp;mplate for Agency…</source>
        <translation>&amp;Mẫu cho đơn vị…</translation>
    </message>
    <message>
        <source>No form of a province is in this database.</source>
        <translation>Cơ sở dữ liệu này không có biểu mẫu nào của một tỉnh.</translation>
    </message>
    <message>
        <source>none in the seeds</source>
        <translation>tài liệu gốc không nêu</translation>
    </message>
    <message>
        <source>Due date: %1. Received: %2 of %3 agencies. Completeness %4, timeliness %5.</source>
        <translation>Hạn nộp: %1. Đã nhận: %2/%3 đơn vị. Tỷ lệ đầy đủ %4, tỷ lệ đúng hạn %5.</translation>
    </message>
    <message>
        <source>Double-click to open the submission.</source>
        <translation>Nhấp đúp để mở báo cáo.</translation>
    </message>
    <message>
        <source>No submission yet.</source>
        <translation>Chưa có báo cáo.</translation>
    </message>
    <message>
        <source>not added up</source>
        <translation>không cộng dồn</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Export the Consolidated Form</source>
        <translation>Xuất biểu tổng hợp</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Import Every Package of a Folder (choose one of them)</source>
        <translation>Nhập mọi gói báo cáo trong một thư mục (chọn một gói bất kỳ)</translation>
    </message>
    <message>
        <source>Submission packages (*.pardesk)</source>
        <translation>Gói báo cáo (*.pardesk)</translation>
    </message>
    <message>
        <source>Import Packages</source>
        <translation>Nhập các gói báo cáo</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mẫu nhập liệu</translation>
    </message>
    <message>
        <source>Choose an agency in the list first.</source>
        <translation>Hãy chọn một đơn vị trong danh sách trước.</translation>
    </message>
    <message>
        <source>Submitted (as the package says)</source>
        <translation>Ngày nộp (theo gói báo cáo)</translation>
    </message>
    <message>
        <source>Templates for &amp;All Not Received…</source>
        <translation>Mẫu cho &amp;mọi đơn vị chưa gửi…</translation>
    </message>
    <message>
        <source>One template for each agency whose report has not arrived, named after the agency, in a folder</source>
        <translation>Mỗi đơn vị chưa gửi báo cáo một mẫu, đặt tên theo đơn vị, lưu vào một thư mục</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Mẫu nhập liệu</translation>
    </message>
    <message>
        <source>Every agency&apos;s report has arrived: no template is needed.</source>
        <translation>Mọi đơn vị đã gửi báo cáo: không cần mẫu nào.</translation>
    </message>
    <message>
        <source>Folder for the Templates</source>
        <translation>Thư mục lưu các mẫu</translation>
    </message>
    <message>
        <source>%1 of %2 templates were written; these were not:
%3</source>
        <translation>Đã ghi %1 trên %2 mẫu; các mẫu sau không ghi được:
%3</translation>
    </message>
</context>
<context>
    <name>pardesk::DocumentDialog</name>
    <message>
        <source>New document</source>
        <translation>Văn bản mới</translation>
    </message>
    <message>
        <source>Edit document %1</source>
        <translation>Sửa văn bản %1</translation>
    </message>
    <message>
        <source>&amp;Number and symbol:</source>
        <translation>&amp;Số, ký hiệu:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Kind as &amp;written:</source>
        <translation>Loại &amp;như văn bản ghi:</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>&amp;Ngày ban hành:</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>&amp;Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Tỉnh:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>N&amp;ăm:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;rích yếu:</translation>
    </message>
    <message>
        <source>&amp;Legal basis (one per line):</source>
        <translation>Că&amp;n cứ (mỗi dòng một văn bản):</translation>
    </message>
    <message>
        <source>e.g. 268/KH-UBND</source>
        <translation>ví dụ 268/KH-UBND</translation>
    </message>
    <message>
        <source>day/month/year, e.g. 23/12/2023</source>
        <translation>ngày/tháng/năm, ví dụ 23/12/2023</translation>
    </message>
    <message>
        <source>e.g. Kế hoạch</source>
        <translation>ví dụ Kế hoạch</translation>
    </message>
</context>
<context>
    <name>pardesk::DocumentListModel</name>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>%1
%2
%3 targets, %4 tasks
Source: %5</source>
        <translation>%1
%2
%3 chỉ tiêu, %4 nhiệm vụ
Nguồn: %5</translation>
    </message>
    <message>
        <source>The search finds %1 of the document&apos;s %2 targets.</source>
        <translation>Tìm thấy %1 trong %2 chỉ tiêu của văn bản.</translation>
    </message>
</context>
<context>
    <name>pardesk::DocumentPage</name>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Căn cứ:</translation>
    </message>
    <message>
        <source>No document selected</source>
        <translation>Chưa chọn văn bản</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Loại: %1</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Ban hành: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Cơ quan ban hành: %1</translation>
    </message>
    <message>
        <source>Province: %1</source>
        <translation>Tỉnh: %1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>Năm: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n chỉ tiêu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pardesk::EntryModel</name>
    <message>
        <source>Open or create a submission first.</source>
        <translation>Hãy mở hoặc tạo một báo cáo trước.</translation>
    </message>
    <message>
        <source>The code, the item and its unit belong to the form; type in the value or note column.</source>
        <translation>Mã, chỉ tiêu và đơn vị tính thuộc biểu mẫu; hãy nhập vào cột số liệu hoặc ghi chú.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <source>Computed: %1</source>
        <translation>Tính: %1</translation>
    </message>
    <message>
        <source>Computed: %1 = %2</source>
        <translation>Tính: %1 = %2</translation>
    </message>
    <message>
        <source>Type the total the paper states to keep it beside the computed one.</source>
        <translation>Gõ số tổng ghi trên báo cáo giấy để lưu cạnh số tính được.</translation>
    </message>
    <message>
        <source>Stated in the submission: %1</source>
        <translation>Số liệu ghi trong báo cáo: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Xóa %1</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>Xóa %n ô</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was pasted: %1</source>
        <translation>Chưa dán gì: %1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n value(s)</source>
        <translation>
            <numerusform>Dán %n số liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) did not fit below the last row and were not pasted.</source>
        <translation>
            <numerusform>%n số liệu vượt quá dòng cuối nên không được dán.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pardesk::ExchangeMenu</name>
    <message>
        <source>&amp;Import Submission…</source>
        <translation>Nhậ&amp;p báo cáo…</translation>
    </message>
    <message>
        <source>Export Submission &amp;Package…</source>
        <translation>Xuất gói &amp;báo cáo…</translation>
    </message>
    <message>
        <source>Refuse &amp;Unsigned Packages</source>
        <translation>Từ &amp;chối gói không ký số</translation>
    </message>
    <message>
        <source>Import only packages signed with a certificate of their agency; otherwise an unsigned package is imported with a warning.</source>
        <translation>Chỉ nhập gói báo cáo được ký số bằng chứng thư số của đơn vị gửi; nếu không, gói không ký số được nhập kèm cảnh báo.</translation>
    </message>
    <message>
        <source>Export &amp;Template…</source>
        <translation>Xuất mẫ&amp;u nhập liệu…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Open a submission in the Submissions area first.</source>
        <translation>Hãy mở một báo cáo ở mục Báo cáo số liệu trước.</translation>
    </message>
    <message>
        <source>Import a Submission</source>
        <translation>Nhập báo cáo</translation>
    </message>
    <message>
        <source>Submissions (*.xlsx *.pardesk *.csv);;All files (*)</source>
        <translation>Báo cáo (*.xlsx *.pardesk *.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>A CSV file does not say whose submission it is: open that submission in the Submissions area first, or import the XLSX template, which says it.</source>
        <translation>Tệp CSV không cho biết là báo cáo của ai: hãy mở báo cáo đó ở mục Báo cáo số liệu trước, hoặc nhập tệp mẫu XLSX (tệp này có ghi rõ).</translation>
    </message>
    <message>
        <source>Export Submission Package</source>
        <translation>Xuất gói báo cáo</translation>
    </message>
    <message>
        <source>Submission packages (*.pardesk)</source>
        <translation>Gói báo cáo (*.pardesk)</translation>
    </message>
    <message>
        <source>Export Template</source>
        <translation>Xuất mẫu nhập liệu</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Sổ tính Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Sign the package with your agency&apos;s certificate (a PKCS#12 file, .p12 or .pfx)? The receiving office can then tell that your agency sent it and that nobody changed it.</source>
        <translation>Ký số gói báo cáo bằng chứng thư số của đơn vị (tệp PKCS#12, .p12 hoặc .pfx)? Khi đó cơ quan nhận biết được chính đơn vị bạn đã gửi gói và không ai sửa gói.</translation>
    </message>
    <message>
        <source>Sign with a Certificate</source>
        <translation>Ký bằng chứng thư số</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>Tệp PKCS#12 (*.p12 *.pfx);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>pardesk::ExplanationDialog</name>
    <message>
        <source>Submit with errors</source>
        <translation>Gửi báo cáo còn lỗi</translation>
    </message>
    <message numerus="yes">
        <source>This submission still has %n error(s). Explain why it is sent as it is; the explanation is stored with it.</source>
        <translation>
            <numerusform>Báo cáo này còn %n lỗi. Hãy giải trình lý do gửi báo cáo như hiện tại; nội dung giải trình được lưu cùng báo cáo.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>&amp;Nội dung giải trình:</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Gửi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>pardesk::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Nội dung kiểm tra</translation>
    </message>
</context>
<context>
    <name>pardesk::HistoryModel</name>
    <message>
        <source>no data</source>
        <translation>không có số liệu</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>pardesk::ImportDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3 (form version %4)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, %3 (biểu mẫu phiên bản %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) recognised</source>
        <translation>
            <numerusform>nhận được %n dòng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ignored</source>
        <translation>
            <numerusform>bỏ qua %n dòng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validation error(s)</source>
        <translation>
            <numerusform>%n lỗi kiểm tra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This agency&apos;s submission for the period exists already: importing replaces it (%n value(s) change). The replacement is recorded in the audit log.</source>
        <translation>
            <numerusform>Báo cáo kỳ này của đơn vị đã có: nhập sẽ thay thế báo cáo đó (%n giá trị thay đổi). Việc thay thế được ghi vào nhật ký.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã số</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Recognised (%1)</source>
        <translation>Nhận được (%1)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Ignored (%1)</source>
        <translation>Bỏ qua (%1)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Đang lưu</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Trong tệp</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Thay đổi (%1)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <source>Validation (%1)</source>
        <translation>Kiểm tra (%1)</translation>
    </message>
    <message>
        <source>Received: %1 (the signing time).</source>
        <translation>Nhận lúc: %1 (thời điểm ký).</translation>
    </message>
    <message>
        <source>Received: at this import.</source>
        <translation>Nhận lúc: khi nhập lần này.</translation>
    </message>
    <message>
        <source>The package says it was submitted on %1; timeliness is judged by the time received.</source>
        <translation>Gói báo cáo ghi đã nộp lúc %1; việc đúng hạn được xét theo thời điểm nhận.</translation>
    </message>
</context>
<context>
    <name>pardesk::MainWindow</name>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>The file %1 already exists. A new database never replaces a file; choose another name.</source>
        <translation>Tệp %1 đã có. Cơ sở dữ liệu mới không bao giờ thay thế một tệp; hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Đã mở %1</translation>
    </message>
    <message>
        <source>ParDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu ParDesk (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Tạo cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <source>&amp;Recent Databases</source>
        <translation>Cơ sở dữ liệu &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>Sao &amp;lưu…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>&amp;Trang bắt đầu</translation>
    </message>
    <message>
        <source>&amp;About ParDesk</source>
        <translation>&amp;Giới thiệu ParDesk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Hoàn tác %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Làm lại %1</translation>
    </message>
    <message>
        <source>&amp;Print Appendix…</source>
        <translation>&amp;In phụ lục…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Restored %1 from %2. The store it replaced is kept as %3.</source>
        <translation>Đã khôi phục %1 từ %2. Kho dữ liệu cũ được giữ lại tại %3.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Sao lưu tự động không thành công: %1</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Replace the database %1 with the backup %2? The current database is kept as a copy beside it.</source>
        <translation>Thay cơ sở dữ liệu %1 bằng bản sao lưu %2? Cơ sở dữ liệu hiện tại được giữ lại thành một bản sao đặt cùng thư mục.</translation>
    </message>
    <message>
        <source>&amp;User Manual</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Kết nối &amp;máy chủ…</translation>
    </message>
</context>
<context>
    <name>pardesk::ManualWindow</name>
    <message>
        <source>user-manual.md</source>
        <extracomment>The manual&apos;s file name in this language: huong-dan-su-dung.md for Vietnamese.</extracomment>
        <translation>huong-dan-su-dung.md</translation>
    </message>
    <message>
        <source>User Manual — ParDesk</source>
        <translation>Hướng dẫn sử dụng — ParDesk</translation>
    </message>
</context>
<context>
    <name>pardesk::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Đóng thông báo này</translation>
    </message>
</context>
<context>
    <name>pardesk::OverviewGrid</name>
    <message>
        <source>no target</source>
        <translation>không có chỉ tiêu</translation>
    </message>
    <message numerus="yes">
        <source>%n qualitative</source>
        <translation>
            <numerusform>%n định tính</numerusform>
        </translation>
    </message>
    <message>
        <source>Targets by theme and province</source>
        <translation>Chỉ tiêu theo nội dung và tỉnh</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>pardesk::PlanWrites</name>
    <message>
        <source>Create document %1</source>
        <translation>Tạo văn bản %1</translation>
    </message>
    <message>
        <source>Edit document %1</source>
        <translation>Sửa văn bản %1</translation>
    </message>
    <message>
        <source>Delete document %1</source>
        <translation>Xóa văn bản %1</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Xóa văn bản</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 %2 with its %n target(s) and %3 task(s)?</source>
        <translation>
            <numerusform>Xóa %1 %2 cùng %n chỉ tiêu và %3 nhiệm vụ của văn bản?</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings them back.</source>
        <translation>Có thể khôi phục bằng Sửa ▸ Hoàn tác.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Giữ lại</translation>
    </message>
    <message numerus="yes">
        <source>Create target %1</source>
        <translation>
            <numerusform>Tạo chỉ tiêu %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit target %1</source>
        <translation>Sửa chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Delete target %1</source>
        <translation>Xóa chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>Tạo nhiệm vụ</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Sửa nhiệm vụ</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Xóa nhiệm vụ</translation>
    </message>
    <message>
        <source>Set task status to %1</source>
        <translation>Chuyển tình trạng nhiệm vụ sang %1</translation>
    </message>
</context>
<context>
    <name>pardesk::PlansView</name>
    <message>
        <source>Plans and targets</source>
        <translation>Kế hoạch và chỉ tiêu</translation>
    </message>
    <message>
        <source>Search number, title, targets (accents optional)… Ctrl+F</source>
        <translation>Tìm số, trích yếu, chỉ tiêu (gõ có dấu hay không dấu đều được)… Ctrl+F</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Lọc:</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Tìm</translation>
    </message>
    <message>
        <source>New &amp;document</source>
        <translation>&amp;Văn bản mới</translation>
    </message>
    <message>
        <source>&amp;Edit document</source>
        <translation>Sửa văn &amp;bản</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Xóa văn bản</translation>
    </message>
    <message>
        <source>&amp;New target</source>
        <translation>Chỉ tiêu &amp;mới</translation>
    </message>
    <message>
        <source>Edit &amp;target</source>
        <translation>Sửa &amp;chỉ tiêu</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>Xóa chỉ tiêu</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>Tất cả các tỉnh</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
</context>
<context>
    <name>pardesk::PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>Trình chiếu</translation>
    </message>
    <message>
        <source>%1 / %2 — ← → to step, Esc to leave</source>
        <translation>%1 / %2 — ← → để chuyển, Esc để thoát</translation>
    </message>
</context>
<context>
    <name>pardesk::PrintAppendixDialog</name>
    <message>
        <source>Print Appendix</source>
        <translation>In phụ lục</translation>
    </message>
    <message>
        <source>Plan appendix: targets, tasks and measures</source>
        <translation>Phụ lục kế hoạch: chỉ tiêu, nhiệm vụ và giải pháp</translation>
    </message>
    <message>
        <source>Task appendix</source>
        <translation>Phụ lục nhiệm vụ</translation>
    </message>
    <message>
        <source>Statistics form of a submission</source>
        <translation>Biểu thống kê số liệu của một báo cáo</translation>
    </message>
    <message>
        <source>Progress towards the targets</source>
        <translation>Tiến độ thực hiện chỉ tiêu</translation>
    </message>
    <message>
        <source>Targets of the provinces compared</source>
        <translation>So sánh chỉ tiêu của các tỉnh</translation>
    </message>
    <message>
        <source>&amp;Empty, to fill in by hand</source>
        <translation>Để t&amp;rống để điền tay</translation>
    </message>
    <message>
        <source>With the &amp;validation findings</source>
        <translation>Kèm &amp;kết quả kiểm tra số liệu</translation>
    </message>
    <message>
        <source>e.g. GIÁM ĐỐC; empty: no signature block</source>
        <translation>ví dụ: GIÁM ĐỐC; để trống: không in phần chữ ký</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Bảng:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Văn bản:</translation>
    </message>
    <message>
        <source>&amp;Submission:</source>
        <translation>Báo &amp;cáo:</translation>
    </message>
    <message>
        <source>P&amp;rovince:</source>
        <translation>&amp;Tỉnh:</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>Kỳ báo cá&amp;o:</translation>
    </message>
    <message>
        <source>Place and &amp;date:</source>
        <translation>Đị&amp;a danh, ngày ký:</translation>
    </message>
    <message>
        <source>Si&amp;gner&apos;s title:</source>
        <translation>C&amp;hức danh người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>Họ tên &amp;người ký:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Xem trước…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>X&amp;uất tệp…</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>appendix</source>
        <translation>phu-luc</translation>
    </message>
    <message>
        <source>Export Appendix</source>
        <translation>Xuất phụ lục</translation>
    </message>
    <message>
        <source>e.g. 12/BC-STTTT; empty: the document&apos;s, or dots to fill by hand</source>
        <translation>ví dụ: 12/BC-STTTT; để trống: số của văn bản, hoặc dấu chấm để điền tay</translation>
    </message>
    <message>
        <source>e.g. Tuyên Quang, ngày 15 tháng 6 năm 2024; empty: the document&apos;s, or dots</source>
        <translation>ví dụ: Tuyên Quang, ngày 15 tháng 6 năm 2024; để trống: theo văn bản, hoặc dấu chấm để điền tay</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>&amp;Số, ký hiệu:</translation>
    </message>
    <message>
        <source>Self-assessment table (tự chấm điểm)</source>
        <translation>Bảng tự chấm điểm, kết quả thẩm định</translation>
    </message>
    <message>
        <source>Ranking of the self-assessments</source>
        <translation>Bảng xếp hạng kết quả tự chấm điểm</translation>
    </message>
    <message>
        <source>The &amp;appraisal: the council&apos;s points and comments beside the agency&apos;s</source>
        <translation>Kết quả &amp;thẩm định: điểm và ý kiến của Hội đồng thẩm định bên cạnh điểm tự chấm</translation>
    </message>
    <message>
        <source>Self-&amp;assessment:</source>
        <translation>Bản tự chấm đ&amp;iểm:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>The store holds no self-assessment yet: create one in the Self-assessment area first.</source>
        <translation>Cơ sở dữ liệu chưa có bản tự chấm điểm nào: hãy tạo trong mục Tự chấm điểm trước.</translation>
    </message>
</context>
<context>
    <name>pardesk::RecordDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Tải lại</translation>
    </message>
    <message>
        <source>Someone else changed this too; what you typed is kept.</source>
        <translation>Người khác cũng đã sửa mục này; giá trị bạn gõ vẫn được giữ.</translation>
    </message>
    <message>
        <source>Someone else changed this to &quot;%1&quot;; what you typed is kept.</source>
        <translation>Người khác đã sửa mục này thành &quot;%1&quot;; giá trị bạn gõ vẫn được giữ.</translation>
    </message>
    <message>
        <source>The record was changed elsewhere. It is shown as stored now, with your changes kept; check it and save again.</source>
        <translation>Bản ghi đã được sửa ở nơi khác. Dưới đây là bản ghi hiện có, kèm những thay đổi của bạn; hãy kiểm tra rồi lưu lại.</translation>
    </message>
    <message>
        <source>The record was changed elsewhere. It is shown as stored now, with your changes kept; the marked fields were changed by both of you: choose, then save again.</source>
        <translation>Bản ghi đã được sửa ở nơi khác. Dưới đây là bản ghi hiện có, kèm những thay đổi của bạn; các mục được đánh dấu do cả hai người cùng sửa: hãy chọn giá trị đúng rồi lưu lại.</translation>
    </message>
</context>
<context>
    <name>pardesk::ScoresView</name>
    <message>
        <source>Index scores</source>
        <translation>Chỉ số xếp hạng</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>PAR Index %1, %2 — area %3: %4 of %5 points, rank %6/%7</source>
        <translation>Chỉ số CCHC (PAR Index) %1, %2 — lĩnh vực %3: %4/%5 điểm, xếp hạng %6/%7</translation>
    </message>
    <message>
        <source>Criteria the source does not list</source>
        <translation>Các tiêu chí nguồn không liệt kê</translation>
    </message>
    <message>
        <source>PAR Index: no scores in the database</source>
        <translation>Chỉ số CCHC: chưa có điểm trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Criterion (most points lost first)</source>
        <translation>Tiêu chí (mất nhiều điểm nhất trước)</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Tỷ lệ (%)</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Mất</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>PAPI %1 — %2 → %3</source>
        <translation>PAPI %1 — %2 → %3</translation>
    </message>
    <message>
        <source>PAPI: no scores in the database</source>
        <translation>PAPI: chưa có điểm trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Dimension / sub-indicator</source>
        <translation>Nội dung / chỉ số thành phần</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Country %1</source>
        <translation>Cả nước %1</translation>
    </message>
    <message>
        <source>An agency</source>
        <translation>Một cơ quan</translation>
    </message>
    <message>
        <source>The province</source>
        <translation>Toàn tỉnh</translation>
    </message>
    <message>
        <source>SIPAS — satisfaction with public administrative services</source>
        <translation>SIPAS — mức độ hài lòng về sự phục vụ hành chính</translation>
    </message>
    <message>
        <source>Province, year</source>
        <translation>Tỉnh, năm</translation>
    </message>
    <message>
        <source>Result of</source>
        <translation>Kết quả của</translation>
    </message>
    <message>
        <source>SIPAS</source>
        <translation>SIPAS</translation>
    </message>
    <message>
        <source>Province average</source>
        <translation>Bình quân tỉnh</translation>
    </message>
    <message>
        <source>vs province (pp)</source>
        <translation>So với tỉnh (điểm %)</translation>
    </message>
    <message>
        <source>Country average</source>
        <translation>Bình quân cả nước</translation>
    </message>
    <message>
        <source>vs country (pp)</source>
        <translation>So với cả nước (điểm %)</translation>
    </message>
</context>
<context>
    <name>pardesk::SubmissionListModel</name>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
</context>
<context>
    <name>pardesk::SubmissionPicker</name>
    <message>
        <source>&amp;Open a submission:</source>
        <translation>&amp;Mở báo cáo:</translation>
    </message>
    <message>
        <source>New submission</source>
        <translation>Báo cáo mới</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Biểu mẫu:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Tạo</translation>
    </message>
</context>
<context>
    <name>pardesk::SubmissionView</name>
    <message>
        <source>Send a mostly empty form?</source>
        <translation>Gửi biểu mẫu phần lớn còn trống?</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n item(s) to fill in are empty (%2 %). Send the submission all the same?</source>
        <translation>
            <numerusform>%1 trong số %n chỉ tiêu cần điền còn trống (%2 %). Vẫn gửi báo cáo?</numerusform>
        </translation>
    </message>
    <message>
        <source>The submission is approved.</source>
        <translation>Báo cáo đã được duyệt.</translation>
    </message>
    <message>
        <source>The submission is open for changes again.</source>
        <translation>Báo cáo đã được mở lại để sửa.</translation>
    </message>
    <message>
        <source>This submission exists already; it is open.</source>
        <translation>Báo cáo này đã có; đã mở báo cáo.</translation>
    </message>
    <message>
        <source>A new draft was created.</source>
        <translation>Đã tạo báo cáo nháp mới.</translation>
    </message>
    <message>
        <source>The submission is submitted.</source>
        <translation>Báo cáo đã được gửi.</translation>
    </message>
    <message>
        <source>&amp;History: select a cell to see its earlier values.</source>
        <translation>&amp;Lịch sử: chọn một ô để xem số liệu các kỳ trước.</translation>
    </message>
    <message>
        <source>&amp;History of %1 in earlier periods:</source>
        <translation>&amp;Lịch sử của %1 các kỳ trước:</translation>
    </message>
    <message>
        <source>&amp;History of %1: the agency has no earlier period of this form.</source>
        <translation>&amp;Lịch sử của %1: cơ quan chưa có kỳ báo cáo nào trước theo biểu mẫu này.</translation>
    </message>
    <message>
        <source>No submission is open</source>
        <translation>Chưa mở báo cáo nào</translation>
    </message>
    <message>
        <source>Open one from the list, or create a new one below it.</source>
        <translation>Mở một báo cáo trong danh sách, hoặc tạo báo cáo mới ở bên dưới.</translation>
    </message>
    <message>
        <source>Status: %1 (read-only until reopened)</source>
        <translation>Trạng thái: %1 (chỉ xem, cho đến khi mở lại)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>Explanation given with the errors: %1</source>
        <translation>Giải trình kèm theo lỗi: %1</translation>
    </message>
    <message>
        <source>F&amp;indings: errors %1, warnings %2</source>
        <translation>Kết &amp;quả kiểm tra: %1 lỗi, %2 cảnh báo</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Gửi</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>&amp;Duyệt</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>Mở lạ&amp;i</translation>
    </message>
    <message>
        <source>Send the submission; it becomes read-only.</source>
        <translation>Gửi báo cáo; sau khi gửi chỉ được xem.</translation>
    </message>
    <message>
        <source>Approve the submitted figures.</source>
        <translation>Duyệt số liệu đã gửi.</translation>
    </message>
    <message>
        <source>Make the submission a draft again, to correct it. The reopening is recorded.</source>
        <translation>Đưa báo cáo về nháp để sửa. Việc mở lại được ghi nhật ký.</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Báo cáo số liệu</translation>
    </message>
    <message>
        <source>Status: %1 (read-only for this login)</source>
        <translation>Trạng thái: %1 (tài khoản này chỉ được xem)</translation>
    </message>
</context>
<context>
    <name>pardesk::TargetDialog</name>
    <message>
        <source>New target</source>
        <translation>Chỉ tiêu mới</translation>
    </message>
    <message>
        <source>Edit target %1</source>
        <translation>Sửa chỉ tiêu %1</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Chỉ tiêu</translation>
    </message>
    <message>
        <source>&amp;Appendix columns</source>
        <translation>Các &amp;cột phụ lục</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Văn bản:</translation>
    </message>
    <message>
        <source>&amp;No. (STT):</source>
        <translation>&amp;STT:</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Phần:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>The target as the document words it, e.g. &quot;Tối thiểu 80% hồ sơ được số hóa&quot;</source>
        <translation>Chỉ tiêu đúng như văn bản ghi, ví dụ &quot;Tối thiểu 80% hồ sơ được số hóa&quot;</translation>
    </message>
    <message>
        <source>&amp;Read the text again</source>
        <translation>Đọc &amp;lại nội dung</translation>
    </message>
    <message>
        <source>Propose the reading from the text again, dropping your corrections</source>
        <translation>Đề xuất lại cách hiểu từ nội dung, bỏ các chỉnh sửa của bạn</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>C&amp;hủ đề:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>Tên chỉ &amp;số:</translation>
    </message>
    <message>
        <source>(choose a theme)</source>
        <translation>(chọn chủ đề)</translation>
    </message>
    <message>
        <source>a short name of what is measured</source>
        <translation>tên ngắn của đại lượng được đo</translation>
    </message>
    <message>
        <source>Structured reading (proposed from the text)</source>
        <translation>Cách hiểu chỉ tiêu (đề xuất từ nội dung)</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>Lĩnh &amp;vực:</translation>
    </message>
    <message>
        <source>Tas&amp;ks and solutions:</source>
        <translation>Nhiệm &amp;vụ, giải pháp:</translation>
    </message>
    <message>
        <source>&amp;Lead agency:</source>
        <translation>Cơ quan &amp;chủ trì:</translation>
    </message>
    <message>
        <source>&amp;Coordinating agencies:</source>
        <translation>Cơ quan &amp;phối hợp:</translation>
    </message>
    <message>
        <source>Le&amp;gal basis:</source>
        <translation>Căn cứ &amp;giao chỉ tiêu:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Hạn hoàn thành:</translation>
    </message>
    <message>
        <source>as written, e.g. Năm 2024, Thường xuyên</source>
        <translation>như văn bản ghi, ví dụ Năm 2024, Thường xuyên</translation>
    </message>
    <message>
        <source>day/month/year, e.g. 15/12/2024</source>
        <translation>ngày/tháng/năm, ví dụ 15/12/2024</translation>
    </message>
    <message numerus="yes">
        <source>This text holds %n targets: choose one to see or correct its reading.</source>
        <translation>
            <numerusform>Nội dung này có %n chỉ tiêu: chọn một chỉ tiêu để xem hoặc sửa cách hiểu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create all %n tar&amp;gets</source>
        <translation>
            <numerusform>Tạo &amp;cả %n chỉ tiêu</numerusform>
        </translation>
    </message>
    <message>
        <source>Ti&amp;meframe:</source>
        <translation>&amp;Thời gian thực hiện:</translation>
    </message>
</context>
<context>
    <name>pardesk::TargetReadingEditor</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Comparison:</source>
        <translation>&amp;So sánh:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Giá trị:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Better when:</source>
        <translation>&amp;Tốt khi:</translation>
    </message>
    <message>
        <source>Baseline &amp;year:</source>
        <translation>Năm &amp;gốc:</translation>
    </message>
    <message>
        <source>e.g. 80 or 0,45</source>
        <translation>ví dụ 80 hoặc 0,45</translation>
    </message>
    <message>
        <source>for a reduction: the year compared with</source>
        <translation>với chỉ tiêu cắt giảm: năm so sánh</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Cấp:</translation>
    </message>
    <message>
        <source>Strive &amp;for it (phấn đấu)</source>
        <translation>Phấn &amp;đấu</translation>
    </message>
</context>
<context>
    <name>pardesk::TargetTableModel</name>
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
        <source>No figures reported for this target yet.</source>
        <translation>Chưa có số liệu báo cáo cho chỉ tiêu này.</translation>
    </message>
    <message>
        <source>Actual %1 in %2 (form %3, item %4)</source>
        <translation>Thực tế %1 kỳ %2 (biểu %3, mục %4)</translation>
    </message>
    <message>
        <source>%1 of %2 agencies reported</source>
        <translation>%1/%2 cơ quan đã báo cáo</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ số liệu</translation>
    </message>
    <message>
        <source>Tasks and solutions</source>
        <translation>Nhiệm vụ, giải pháp</translation>
    </message>
    <message>
        <source>Coordinating agencies</source>
        <translation>Cơ quan phối hợp</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ giao chỉ tiêu</translation>
    </message>
    <message>
        <source>Figures of an earlier year, shown as context: the target is not judged on them.</source>
        <translation>Số liệu của năm trước, chỉ để tham khảo: chỉ tiêu không được đánh giá theo số liệu này.</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cơ quan có số liệu</translation>
    </message>
</context>
<context>
    <name>pardesk::TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Nhiệm vụ mới</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Sửa nhiệm vụ</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Văn bản:</translation>
    </message>
    <message>
        <source>&amp;No. (STT):</source>
        <translation>&amp;STT:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Nhóm:</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>Nhiệm &amp;vụ:</translation>
    </message>
    <message>
        <source>&amp;Lead agency:</source>
        <translation>Cơ quan &amp;chủ trì:</translation>
    </message>
    <message>
        <source>&amp;Coordinating agencies:</source>
        <translation>Cơ quan &amp;phối hợp:</translation>
    </message>
    <message>
        <source>Ti&amp;meframe:</source>
        <translation>Thời &amp;gian thực hiện:</translation>
    </message>
    <message>
        <source>D&amp;eadline:</source>
        <translation>&amp;Hạn hoàn thành:</translation>
    </message>
    <message>
        <source>E&amp;xpected output:</source>
        <translation>Dự kiến &amp;sản phẩm:</translation>
    </message>
    <message>
        <source>Serves ta&amp;rget (STT):</source>
        <translation>Phục vụ chỉ &amp;tiêu (STT):</translation>
    </message>
    <message>
        <source>day/month/year, e.g. 15/12/2024</source>
        <translation>ngày/tháng/năm, ví dụ 15/12/2024</translation>
    </message>
    <message>
        <source>as written, e.g. Trước 15/12/2024</source>
        <translation>như văn bản ghi, ví dụ Trước 15/12/2024</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Tình &amp;trạng:</translation>
    </message>
</context>
<context>
    <name>pardesk::TaskTableModel</name>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — quá hạn</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s): the deadline was %1 and the task is not done.</source>
        <translation>
            <numerusform>Quá hạn %n ngày: hạn là %1 mà nhiệm vụ chưa hoàn thành.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <source>Coordinating agencies</source>
        <translation>Cơ quan phối hợp</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Thời gian thực hiện</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <source>Expected output</source>
        <translation>Dự kiến sản phẩm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message numerus="yes">
        <source>next %1 (%n dates)</source>
        <translation>
            <numerusform>kỳ tới %1 (%n mốc)</numerusform>
        </translation>
    </message>
    <message>
        <source>Due on each of: %1</source>
        <translation>Hạn từng kỳ: %1</translation>
    </message>
</context>
<context>
    <name>pardesk::TasksView</name>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>&amp;New task</source>
        <translation>Nhiệm vụ &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Edit task</source>
        <translation>&amp;Sửa nhiệm vụ</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Xóa nhiệm vụ</translation>
    </message>
    <message numerus="yes">
        <source>Due in the next %n &amp;days</source>
        <translation>
            <numerusform>Đến hạn trong %n &amp;ngày tới</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Tình &amp;trạng:</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>Tất cả các tỉnh</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tất cả các văn bản</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n task(s) shown</source>
        <translation>
            <numerusform>Đang hiện %1/%n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overdue</source>
        <translation>
            <numerusform>⚠ %n quá hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due in the next 30 days</source>
        <translation>
            <numerusform>%n đến hạn trong 30 ngày tới</numerusform>
        </translation>
    </message>
    <message>
        <source>today is %1</source>
        <translation>hôm nay là %1</translation>
    </message>
</context>
<context>
    <name>pardesk::EditSession</name>
    <message>
        <source>This submission is %1: reopen it to change it.</source>
        <translation>Báo cáo này ở trạng thái %1: mở lại để sửa.</translation>
    </message>
    <message>
        <source>Open or create a submission first.</source>
        <translation>Hãy mở hoặc tạo một báo cáo trước.</translation>
    </message>
    <message numerus="yes">
        <source>The database is free again: %n kept change(s) were saved.</source>
        <translation>
            <numerusform>Cơ sở dữ liệu đã rảnh: đã lưu %n thay đổi được giữ lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Không có gì để hoàn tác.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>Không có gì để làm lại.</translation>
    </message>
</context>
<context>
    <name>FormValueRepository</name>
    <message>
        <source>The submission %1 could not be read: %2</source>
        <translation>Không đọc được báo cáo %1: %2</translation>
    </message>
</context>
<context>
    <name>References</name>
    <message>
        <source>Could not read the provinces: %1</source>
        <translation>Không đọc được danh sách tỉnh: %1</translation>
    </message>
    <message>
        <source>Reading the database failed: %1</source>
        <translation>Không đọc được cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Could not read the agencies: %1</source>
        <translation>Không đọc được danh sách cơ quan: %1</translation>
    </message>
</context>
<context>
    <name>Submissions</name>
    <message>
        <source>There is no submission with id %1.</source>
        <translation>Không có báo cáo số liệu mã %1.</translation>
    </message>
    <message>
        <source>The submission %1 holds a value of an item that is not in the form %2.</source>
        <translation>Báo cáo %1 có số liệu của một chỉ tiêu không thuộc biểu mẫu %2.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>nháp</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>đã duyệt</translation>
    </message>
    <message>
        <source>The database is busy or cannot be written to (%1). Nothing was saved.</source>
        <translation>Cơ sở dữ liệu đang bận hoặc không ghi được (%1). Chưa lưu gì.</translation>
    </message>
    <message>
        <source>A submission of this form by this agency for %1 exists already.</source>
        <translation>Đã có báo cáo theo biểu mẫu này của cơ quan này cho %1.</translation>
    </message>
    <message>
        <source>The submission could not be created: %1</source>
        <translation>Không tạo được báo cáo: %1</translation>
    </message>
    <message>
        <source>The submission is %1: reopen it to change it.</source>
        <translation>Báo cáo ở trạng thái %1: mở lại để sửa.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Không lưu được thay đổi: %1</translation>
    </message>
    <message>
        <source>The change of %1 could not be saved: %2</source>
        <translation>Không lưu được thay đổi của %1: %2</translation>
    </message>
    <message>
        <source>%1 was not changed: the text is %2 characters long; at most %3 are accepted.</source>
        <translation>%1 không được thay đổi: nội dung dài %2 ký tự; chỉ chấp nhận tối đa %3 ký tự.</translation>
    </message>
    <message>
        <source>The item %1 is not part of the submission's form.</source>
        <translation>Chỉ tiêu %1 không thuộc biểu mẫu của báo cáo.</translation>
    </message>
    <message>
        <source>The submission is %1; it cannot become %2.</source>
        <translation>Báo cáo đang ở trạng thái %1, không thể chuyển sang %2.</translation>
    </message>
    <message>
        <source>The status could not be saved: %1</source>
        <translation>Không lưu được trạng thái: %1</translation>
    </message>
    <message>
        <source>%1 was changed by someone else to &quot;%2&quot; while you were working on it; your &quot;%3&quot; was not saved, so that their change is not lost. Type yours again to replace theirs.</source>
        <translation>Người khác vừa sửa %1 thành &quot;%2&quot; trong lúc bạn đang làm; giá trị &quot;%3&quot; của bạn chưa được lưu để không làm mất thay đổi của họ. Gõ lại giá trị của bạn nếu muốn thay giá trị của họ.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>There is no submission with id %1 that this login may read (an agency's login reads only its own agency's reports).</source>
        <translation>Không có báo cáo nào mang mã %1 mà tài khoản này được đọc (tài khoản của cơ quan chỉ đọc báo cáo của cơ quan mình).</translation>
    </message>
    <message>
        <source>The database is busy: another program or a colleague is writing to it. The change is kept and will be saved as soon as the database is free (%1).</source>
        <translation>Cơ sở dữ liệu đang bận: một chương trình khác hoặc đồng nghiệp đang ghi vào. Thay đổi được giữ lại và sẽ được lưu ngay khi cơ sở dữ liệu rảnh (%1).</translation>
    </message>
    <message>
        <source>The report of %1 for %2 was not created. %3</source>
        <translation>Báo cáo của %1 cho %2 không được tạo. %3</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Reading the database failed: the statement gave no row (%1).</source>
        <translation>Đọc cơ sở dữ liệu không thành công: câu lệnh không trả về dòng nào (%1).</translation>
    </message>
    <message>
        <source>%1 (statement: %2)</source>
        <translation>%1 (câu lệnh: %2)</translation>
    </message>
    <message>
        <source>The row to change is no longer in the store; another program may have removed it (%1).</source>
        <translation>Dòng cần thay đổi không còn trong kho dữ liệu; có thể một chương trình khác đã xóa (%1).</translation>
    </message>
</context>
<context>
    <name>SavedFileNotice</name>
    <message>
        <source>File saved</source>
        <translation>Đã lưu tệp</translation>
    </message>
    <message>
        <source>Saved to:
%1</source>
        <translation>Đã lưu vào:
%1</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>CriteriaSetCheck</name>
    <message>
        <source>Row %1 (code %2): %3</source>
        <translation>Dòng %1 (mã %2): %3</translation>
    </message>
    <message>
        <source>The criteria set has no name.</source>
        <translation>Bộ tiêu chí chưa có tên.</translation>
    </message>
    <message>
        <source>The agency group &quot;%1&quot; is not one of province, department, district, commune.</source>
        <translation>Nhóm cơ quan &quot;%1&quot; không phải là một trong: province (tỉnh), department (sở), district (huyện), commune (xã).</translation>
    </message>
    <message>
        <source>The years the set applies to (%1–%2) are not a valid range.</source>
        <translation>Các năm áp dụng bộ tiêu chí (%1–%2) không phải là một khoảng hợp lệ.</translation>
    </message>
    <message>
        <source>The criteria set has no criteria.</source>
        <translation>Bộ tiêu chí chưa có tiêu chí nào.</translation>
    </message>
    <message>
        <source>Row %1: the code is empty.</source>
        <translation>Dòng %1: chưa có mã.</translation>
    </message>
    <message>
        <source>the code is used already on row %1.</source>
        <translation>mã này đã dùng ở dòng %1.</translation>
    </message>
    <message>
        <source>an area (lĩnh vực) has no parent, but %1 is given.</source>
        <translation>lĩnh vực không có mục cha, nhưng lại ghi %1.</translation>
    </message>
    <message>
        <source>the parent %1 is not in the set.</source>
        <translation>mục cha %1 không có trong bộ tiêu chí.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>the parent %1 must come before its children.</source>
        <translation>mục cha %1 phải đứng trước các mục con.</translation>
    </message>
    <message>
        <source>it cannot be placed under %1, which is not a higher level.</source>
        <translation>không thể đặt dưới %1 vì %1 không ở cấp cao hơn.</translation>
    </message>
    <message>
        <source>a sub-criterion (%1) has no children.</source>
        <translation>tiêu chí thành phần (%1) không có mục con.</translation>
    </message>
    <message>
        <source>the maximum %1 is negative.</source>
        <translation>điểm tối đa %1 là số âm.</translation>
    </message>
    <message>
        <source>a named sub-criterion needs its maximum points.</source>
        <translation>tiêu chí thành phần có tên phải có điểm tối đa.</translation>
    </message>
    <message>
        <source>graded scoring needs its levels and their points.</source>
        <translation>cách chấm theo mức phải có các mức và điểm của từng mức.</translation>
    </message>
    <message>
        <source>the level &quot;%1&quot; gives %2 points, outside 0 to the maximum %3.</source>
        <translation>mức &quot;%1&quot; cho %2 điểm, nằm ngoài khoảng từ 0 đến điểm tối đa %3.</translation>
    </message>
    <message>
        <source>the rate that earns the whole maximum must be above 0 and at most 100 (it is %1).</source>
        <translation>tỷ lệ để đạt điểm tối đa phải lớn hơn 0 và không quá 100 (đang là %1).</translation>
    </message>
    <message>
        <source>the rate formula does not parse: %1</source>
        <translation>công thức tính tỷ lệ không đọc được: %1</translation>
    </message>
    <message>
        <source>the rate formula must be a ratio of two form items.</source>
        <translation>công thức tính tỷ lệ phải là tỷ lệ giữa hai chỉ tiêu của biểu mẫu.</translation>
    </message>
    <message>
        <source>the rate formula names items but not the form they belong to.</source>
        <translation>công thức tính tỷ lệ nêu chỉ tiêu nhưng chưa nêu biểu mẫu chứa các chỉ tiêu đó.</translation>
    </message>
    <message>
        <source>its children's maxima add up to %1, not its maximum %2.</source>
        <translation>tổng điểm tối đa của các mục con là %1, khác điểm tối đa %2 của mục này.</translation>
    </message>
    <message>
        <source>the maxima stated for its children already add up to %1, above its maximum %2.</source>
        <translation>điểm tối đa đã nêu của các mục con cộng lại đã là %1, vượt điểm tối đa %2 của mục này.</translation>
    </message>
    <message>
        <source>%1 of its children have no stated maximum; together they must hold %2 points (the sum cannot be checked further).</source>
        <translation>%1 mục con chưa nêu điểm tối đa; cộng lại các mục này phải là %2 điểm (không kiểm tra tổng được hơn nữa).</translation>
    </message>
</context>
<context>
    <name>CriteriaSets</name>
    <message>
        <source>There is no criteria set %1.</source>
        <translation>Không có bộ tiêu chí %1.</translation>
    </message>
    <message>
        <source>The criteria set %1 could not be stored: %2</source>
        <translation>Không lưu được bộ tiêu chí %1: %2</translation>
    </message>
    <message>
        <source>Row %1 (code %2) could not be stored: %3</source>
        <translation>Không lưu được dòng %1 (mã %2): %3</translation>
    </message>
    <message>
        <source>The criteria set was not imported; nothing was changed:
%1</source>
        <translation>Chưa nhập bộ tiêu chí; không có gì thay đổi:
%1</translation>
    </message>
    <message>
        <source>A criteria set with the key %1 is stored already; nothing was changed.</source>
        <translation>Đã có bộ tiêu chí với khóa %1; không có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>ScoreRules</name>
    <message>
        <source>%1 is not a sub-criterion: its points are the sum of its children.</source>
        <translation>%1 không phải tiêu chí thành phần: điểm của mục này là tổng điểm các mục con.</translation>
    </message>
    <message>
        <source>%1 has no stated maximum, so it cannot be scored.</source>
        <translation>%1 chưa có điểm tối đa nên chưa chấm điểm được.</translation>
    </message>
    <message>
        <source>%1: the points are not a number.</source>
        <translation>%1: điểm không phải là số.</translation>
    </message>
    <message>
        <source>%1 is a deduction: from −%2 to 0 points, not %3.</source>
        <translation>%1 là mục điểm trừ: từ −%2 đến 0 điểm, không phải %3.</translation>
    </message>
    <message>
        <source>%1: points cannot be negative (%2).</source>
        <translation>%1: điểm không được âm (%2).</translation>
    </message>
    <message>
        <source>%1: %2 points is above the maximum %3.</source>
        <translation>%1: %2 điểm vượt điểm tối đa %3.</translation>
    </message>
    <message>
        <source>%1 is scored yes or no: 0 or %2 points, not %3.</source>
        <translation>%1 chấm theo có/không: 0 hoặc %2 điểm, không phải %3.</translation>
    </message>
    <message>
        <source>%1: %2 points is not one of its levels: %3.</source>
        <translation>%1: %2 điểm không thuộc các mức điểm quy định: %3.</translation>
    </message>
    <message>
        <source>min(%1; %1 × rate / %2)</source>
        <translation>min(%1; %1 × tỷ lệ / %2)</translation>
    </message>
    <message>
        <source>yes or no: 0 or %1</source>
        <translation>có hoặc không: 0 hoặc %1</translation>
    </message>
    <message>
        <source>from 0 to %1</source>
        <translation>từ 0 đến %1</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>một trong các mức: %1</translation>
    </message>
    <message>
        <source>by the rate: %1</source>
        <translation>theo tỷ lệ: %1</translation>
    </message>
    <message>
        <source>by the survey: entered by the office that organises it</source>
        <translation>bằng khảo sát: do cơ quan tổ chức khảo sát nhập</translation>
    </message>
    <message>
        <source>a deduction: from −%1 to 0</source>
        <translation>điểm trừ: từ −%1 đến 0</translation>
    </message>
</context>
<context>
    <name>AssessmentPeriod</name>
    <message>
        <source>&quot;%1&quot; is not a month: the month must be 01 to 12.</source>
        <translation>&quot;%1&quot; không phải là tháng: tháng phải từ 01 đến 12.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month (202403), a quarter (2024Q1) or a year (2024).</source>
        <translation>&quot;%1&quot; không phải là tháng (202403), quý (2024Q1) hay năm (2024).</translation>
    </message>
    <message>
        <source>Month %1/%2</source>
        <translation>Tháng %1/%2</translation>
    </message>
</context>
<context>
    <name>AssessmentFindings</name>
    <message>
        <source>%1 is not scored yet.</source>
        <translation>%1 chưa được chấm điểm.</translation>
    </message>
    <message>
        <source>%1 requires evidence (a file or a document number and date), and has none.</source>
        <translation>%1 bắt buộc có tài liệu kiểm chứng (tệp, hoặc số và ngày văn bản) nhưng chưa có.</translation>
    </message>
    <message>
        <source>%1 scores %2 of %3 without an explanation (giải trình).</source>
        <translation>%1 đạt %2/%3 điểm nhưng chưa có giải trình.</translation>
    </message>
</context>
<context>
    <name>SelfAssessments</name>
    <message>
        <source>This agency has a self-assessment against this criteria set for %1 already.</source>
        <translation>Cơ quan này đã có bản tự chấm điểm theo bộ tiêu chí này cho %1.</translation>
    </message>
    <message>
        <source>The self-assessment could not be created: %1</source>
        <translation>Không tạo được bản tự chấm điểm: %1</translation>
    </message>
    <message>
        <source>There is no self-assessment %1.</source>
        <translation>Không có bản tự chấm điểm %1.</translation>
    </message>
    <message>
        <source>There is no evidence file %1.</source>
        <translation>Không có tệp tài liệu kiểm chứng %1.</translation>
    </message>
    <message>
        <source>The self-assessment of %1 for %2 is %3: only a draft can be changed; withdraw it first.</source>
        <translation>Bản tự chấm điểm của %1 kỳ %2 đang ở trạng thái %3: chỉ sửa được bản nháp; hãy rút lại trước.</translation>
    </message>
    <message>
        <source>The self-assessment of %1 for %2 is %3, not %4.</source>
        <translation>Bản tự chấm điểm của %1 kỳ %2 đang ở trạng thái %3, không phải %4.</translation>
    </message>
    <message>
        <source>The criteria set %1 has no code %2.</source>
        <translation>Bộ tiêu chí %1 không có mã %2.</translation>
    </message>
    <message>
        <source>%1 is not a sub-criterion: its points are the sum of its children.</source>
        <translation>%1 không phải tiêu chí thành phần: điểm của mục này là tổng điểm các mục con.</translation>
    </message>
    <message>
        <source>%1 is scored by the survey, not by the agency.</source>
        <translation>%1 được chấm qua điều tra khảo sát, cơ quan không tự chấm.</translation>
    </message>
    <message>
        <source>The points could not be saved: %1</source>
        <translation>Không lưu được điểm: %1</translation>
    </message>
    <message>
        <source>The evidence file %1 is %2 bytes, above the limit of %3 bytes; nothing was attached.</source>
        <translation>Tệp tài liệu kiểm chứng %1 có %2 byte, vượt giới hạn %3 byte; chưa đính kèm gì.</translation>
    </message>
    <message>
        <source>The evidence file %1 is empty; nothing was attached.</source>
        <translation>Tệp tài liệu kiểm chứng %1 rỗng; chưa đính kèm gì.</translation>
    </message>
    <message>
        <source>The evidence could not be attached: %1</source>
        <translation>Không đính kèm được tài liệu kiểm chứng: %1</translation>
    </message>
    <message>
        <source>A document given as evidence needs its number (số văn bản).</source>
        <translation>Văn bản dùng làm tài liệu kiểm chứng phải có số văn bản.</translation>
    </message>
    <message>
        <source>The document's date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>Ngày văn bản &quot;%1&quot; không phải là ngày (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <source>appraised</source>
        <translation>đã thẩm định</translation>
    </message>
    <message>
        <source>The points could not be removed: %1</source>
        <translation>Không xóa được điểm: %1</translation>
    </message>
    <message>
        <source>%1 was scored by someone else while you were working on it (now: %2; explanation &quot;%3&quot;). Your change was not saved, so that theirs is not lost; the grid shows theirs now. Type yours again to replace it.</source>
        <translation>Người khác vừa chấm %1 trong lúc bạn đang làm (hiện là: %2; giải trình &quot;%3&quot;). Thay đổi của bạn chưa được lưu để không làm mất điểm của họ; bảng đang hiện điểm của họ. Gõ lại điểm của bạn nếu muốn thay.</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>chưa có điểm</translation>
    </message>
    <message>
        <source>Survey points are entered by the office that organises the survey, with a login of the province; the login %1 is not one.</source>
        <translation>Điểm khảo sát do cơ quan tổ chức khảo sát nhập, bằng tài khoản cấp tỉnh; tài khoản %1 không phải tài khoản cấp tỉnh.</translation>
    </message>
    <message>
        <source>%1 is not scored by the survey: the agency scores it.</source>
        <translation>%1 không chấm bằng khảo sát: cơ quan tự chấm điểm tiêu chí này.</translation>
    </message>
    <message>
        <source>was appraised by %1 on %2</source>
        <translation>đã được %1 thẩm định lúc %2</translation>
    </message>
    <message>
        <source>was appraised on %1</source>
        <translation>đã được thẩm định lúc %1</translation>
    </message>
    <message>
        <source>was appraised</source>
        <translation>đã được thẩm định</translation>
    </message>
    <message>
        <source>The self-assessment of %1 for %2 %3: the council&apos;s appraisal is final, so nothing replaces it.</source>
        <translation>Bản tự chấm điểm của %1 kỳ %2 %3: kết quả thẩm định của Hội đồng là kết quả cuối cùng nên không bị thay thế.</translation>
    </message>
    <message>
        <source>A self-assessment arrives as a draft or submitted, not %1.</source>
        <translation>Bản tự chấm điểm chỉ được nhận ở trạng thái bản nháp hoặc đã gửi, không phải %1.</translation>
    </message>
    <message>
        <source>%1: the points are not a number.</source>
        <translation>%1: điểm không phải là số.</translation>
    </message>
    <message>
        <source>%1 is scored twice.</source>
        <translation>%1 được chấm hai lần.</translation>
    </message>
    <message>
        <source>The criteria set %1 has no sub-criterion %2.</source>
        <translation>Bộ tiêu chí %1 không có tiêu chí thành phần %2.</translation>
    </message>
    <message>
        <source>The evidence file %1 of %2 does not have the SHA-256 digest it was sent with.</source>
        <translation>Tệp tài liệu kiểm chứng %1 của %2 không khớp với mã băm SHA-256 gửi kèm.</translation>
    </message>
    <message>
        <source>The self-assessment was created or removed elsewhere since the import was previewed; preview it again. Nothing was imported.</source>
        <translation>Bản tự chấm điểm vừa được tạo hoặc xóa ở nơi khác sau khi xem trước; hãy xem trước lại. Không có gì được nhập.</translation>
    </message>
</context>
<context>
    <name>ProvincePictureLoader</name>
    <message>
        <source>No province-level criteria set applies to %1 in %2; import one first.</source>
        <translation>Không có bộ tiêu chí cấp tỉnh nào áp dụng cho %1 năm %2; hãy nhập bộ tiêu chí trước.</translation>
    </message>
</context>
<context>
    <name>RatioProjection</name>
    <message>
        <source>%1 is not a ratio sub-criterion with a maximum: its points are not projected from a rate.</source>
        <translation>%1 không phải tiêu chí thành phần chấm theo tỷ lệ có điểm tối đa: không dự báo điểm từ tỷ lệ.</translation>
    </message>
    <message>
        <source>Points: %1.</source>
        <translation>Điểm: %1.</translation>
    </message>
</context>
<context>
    <name>CriteriaSetXlsx</name>
    <message>
        <source>Cell %1 of sheet &quot;%2&quot;: &quot;%3&quot; is not a number.</source>
        <translation>Ô %1 của trang &quot;%2&quot;: &quot;%3&quot; không phải là số.</translation>
    </message>
    <message>
        <source>Cell %1: the level &quot;%2&quot; is not written as label=points.</source>
        <translation>Ô %1: mức &quot;%2&quot; không viết theo dạng tên mức=điểm.</translation>
    </message>
    <message>
        <source>%1 is not a criteria set: it needs the sheets &quot;set&quot; and &quot;nodes&quot; (docs/criteria-sets.md).</source>
        <translation>%1 không phải là bộ tiêu chí: cần có các trang &quot;set&quot; và &quot;nodes&quot; (docs/criteria-sets.md).</translation>
    </message>
    <message>
        <source>Cell %1 of sheet &quot;set&quot;: &quot;%2&quot; is not one of %3.</source>
        <translation>Ô %1 của trang &quot;set&quot;: &quot;%2&quot; không thuộc các khóa %3.</translation>
    </message>
    <message>
        <source>Sheet &quot;set&quot;: year_from &quot;%1&quot; is not a year.</source>
        <translation>Trang &quot;set&quot;: year_from &quot;%1&quot; không phải là năm.</translation>
    </message>
    <message>
        <source>Sheet &quot;set&quot;: year_to &quot;%1&quot; is not a year.</source>
        <translation>Trang &quot;set&quot;: year_to &quot;%1&quot; không phải là năm.</translation>
    </message>
    <message>
        <source>Sheet &quot;set&quot; has no key: the set needs one to be told apart from others.</source>
        <translation>Trang &quot;set&quot; chưa có key: bộ tiêu chí cần khóa để phân biệt với các bộ khác.</translation>
    </message>
    <message>
        <source>Cell %1 of sheet &quot;nodes&quot; must be the heading &quot;%2&quot;; the columns are: %3.</source>
        <translation>Ô %1 của trang &quot;nodes&quot; phải là tiêu đề cột &quot;%2&quot;; các cột là: %3.</translation>
    </message>
    <message>
        <source>Row %1 (code %2): the level &quot;%3&quot; is not area, criterion or sub.</source>
        <translation>Dòng %1 (mã %2): cấp &quot;%3&quot; không phải là area (lĩnh vực), criterion (tiêu chí) hay sub (tiêu chí thành phần).</translation>
    </message>
    <message>
        <source>Row %1 (code %2): the scoring kind &quot;%3&quot; is not yesno, points, levels, ratio, survey or deduction.</source>
        <translation>Dòng %1 (mã %2): cách chấm &quot;%3&quot; không phải là yesno, points, levels, ratio, survey hay deduction.</translation>
    </message>
</context>
<context>
    <name>AssessmentAppendix</name>
    <message>
        <source>Appraisal of the self-assessment: %1</source>
        <translation>Kết quả thẩm định tự chấm điểm: %1</translation>
    </message>
    <message>
        <source>Self-assessment: %1</source>
        <translation>Bảng tự chấm điểm: %1</translation>
    </message>
    <message>
        <source>%1, period %2</source>
        <translation>%1, kỳ %2</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Maximum points</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Self-assessed points</source>
        <translation>Điểm tự chấm</translation>
    </message>
    <message>
        <source>Appraised points</source>
        <translation>Điểm thẩm định</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Giải trình</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>Council's comment</source>
        <translation>Ý kiến Hội đồng thẩm định</translation>
    </message>
    <message>
        <source>(not named in the source)</source>
        <translation>(nguồn không nêu tên)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Ranking of the self-assessments, %1</source>
        <translation>Xếp hạng kết quả tự chấm điểm năm %1</translation>
    </message>
    <message>
        <source>Criteria set %1</source>
        <translation>Bộ tiêu chí %1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>appraised</source>
        <translation>đã thẩm định</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>chưa chấm</translation>
    </message>
</context>
<context>
    <name>pardesk::WelcomePage</name>
    <message>
        <source>Welcome to ParDesk</source>
        <translation>Chào mừng đến với ParDesk</translation>
    </message>
    <message>
        <source>The store %1 holds %2 documents with %3 targets and %4 tasks of %5; %6 agencies; %7 statistics forms with %8 submissions; %9 index scores.</source>
        <translation>Cơ sở dữ liệu %1 gồm %2 văn bản với %3 chỉ tiêu và %4 nhiệm vụ của %5; %6 cơ quan; %7 biểu mẫu thống kê với %8 báo cáo; %9 điểm chỉ số.</translation>
    </message>
    <message>
        <source>no province</source>
        <translation>chưa có tỉnh nào</translation>
    </message>
    <message>
        <source>Enter a report</source>
        <translation>Nhập một báo cáo</translation>
    </message>
    <message>
        <source>Open an agency&apos;s statistics form for a period, type or import its figures; every figure is checked as it is typed.</source>
        <translation>Mở biểu mẫu thống kê của một cơ quan cho một kỳ, gõ hoặc nhập số liệu từ tệp; mỗi số được kiểm tra ngay khi gõ.</translation>
    </message>
    <message>
        <source>Print an appendix</source>
        <translation>In một phụ lục</translation>
    </message>
    <message>
        <source>A plan&apos;s targets, a form&apos;s figures or the progress against targets, in the official layout, to print, PDF, XLSX or ODT.</source>
        <translation>Chỉ tiêu của kế hoạch, số liệu của biểu mẫu hay tiến độ so với chỉ tiêu, theo mẫu trình bày chính thức, để in, xuất PDF, XLSX hoặc ODT.</translation>
    </message>
    <message>
        <source>Prepare a meeting</source>
        <translation>Chuẩn bị cuộc họp</translation>
    </message>
    <message>
        <source>The three provinces&apos; targets side by side, trends against targets, index scores; F11 shows a chart full screen.</source>
        <translation>Chỉ tiêu của ba tỉnh đặt cạnh nhau, xu hướng so với chỉ tiêu, điểm các chỉ số; F11 trình chiếu biểu đồ toàn màn hình.</translation>
    </message>
    <message>
        <source>User Manual (F1)</source>
        <translation>Hướng dẫn sử dụng (F1)</translation>
    </message>
    <message>
        <source>Go to the plans and targets</source>
        <translation>Vào kế hoạch và chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>AssessmentChartBuilder</name>
    <message>
        <source>Achieved</source>
        <translation>Đạt được</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Bị mất</translation>
    </message>
    <message>
        <source>%1 %2 — %3 of %4</source>
        <translation>%1 %2 — %3/%4</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <source>Agencies ranked by their total</source>
        <translation>Xếp hạng các cơ quan theo tổng điểm</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Total through the year</source>
        <translation>Tổng điểm trong năm</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Ước tính</translation>
    </message>
    <message>
        <source>Official: %1</source>
        <translation>Chính thức: %1</translation>
    </message>
    <message>
        <source>Maximum: %1</source>
        <translation>Tối đa: %1</translation>
    </message>
</context>
<context>
    <name>DocumentHeader</name>
    <message>
        <source>People&apos;s Committee of %1 province</source>
        <translation>UBND tỉnh %1</translation>
    </message>
    <message>
        <source>No.: %1</source>
        <translation>Số: %1</translation>
    </message>
    <message>
        <source>%1, day %2 month %3 year %4</source>
        <translation>%1, ngày %2 tháng %3 năm %4</translation>
    </message>
</context>
<context>
    <name>AssessmentText</name>
    <message>
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <source>appraised</source>
        <translation>đã thẩm định</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>chưa chấm</translation>
    </message>
    <message>
        <source>Evidence missing</source>
        <translation>Thiếu tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Chưa chấm</translation>
    </message>
    <message>
        <source>Points lost, no explanation</source>
        <translation>Mất điểm, chưa giải trình</translation>
    </message>
    <message>
        <source>From the figures</source>
        <translation>Tính từ số liệu</translation>
    </message>
</context>
<context>
    <name>pardesk::AssessmentModel</name>
    <message>
        <source>Only the points, the explanation, the appraised points and the comment are typed in.</source>
        <translation>Chỉ nhập điểm tự chấm, giải trình, điểm thẩm định và nhận xét.</translation>
    </message>
    <message>
        <source>%1 is the sum of its sub-criteria; score them.</source>
        <translation>%1 là tổng điểm các tiêu chí thành phần của nó; hãy chấm các tiêu chí thành phần.</translation>
    </message>
    <message>
        <source>%1 is a place the criteria set does not name, with no maximum: it cannot be scored.</source>
        <translation>%1 là vị trí bộ tiêu chí không nêu tên, không có điểm tối đa: không chấm được.</translation>
    </message>
    <message>
        <source>%1 has no stated maximum, so it cannot be scored.</source>
        <translation>%1 không có điểm tối đa nên không chấm được.</translation>
    </message>
    <message>
        <source>The self-assessment is %1: only a draft takes points. Withdraw it to correct it.</source>
        <translation>Bản tự chấm điểm đang ở trạng thái %1: chỉ bản nháp mới nhập được điểm. Hãy rút lại để sửa.</translation>
    </message>
    <message>
        <source>The council appraises a submitted self-assessment; this one is a draft.</source>
        <translation>Hội đồng chỉ thẩm định bản tự chấm điểm đã gửi; bản này còn là bản nháp.</translation>
    </message>
    <message>
        <source>The self-assessment is appraised already.</source>
        <translation>Bản tự chấm điểm đã được thẩm định.</translation>
    </message>
    <message>
        <source>%1: type the points; a score once given is changed, not removed.</source>
        <translation>%1: hãy nhập điểm; điểm đã chấm chỉ sửa được, không xóa được.</translation>
    </message>
    <message>
        <source>%1: type its points first, then the explanation of them.</source>
        <translation>%1: hãy nhập điểm trước, rồi mới nhập giải trình.</translation>
    </message>
    <message>
        <source>%1: type the appraised points first, then the council&apos;s comment.</source>
        <translation>%1: hãy nhập điểm thẩm định trước, rồi mới nhập nhận xét của hội đồng.</translation>
    </message>
    <message>
        <source>(not named in the source)</source>
        <translation>(văn bản nguồn không nêu tên)</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>khảo sát</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (bắt buộc)</translation>
    </message>
    <message>
        <source>The source counts this place but does not name it; an office imports the full set it receives.</source>
        <translation>Văn bản nguồn có tính vị trí này nhưng không nêu tên; cơ quan nhập bộ tiêu chí đầy đủ khi nhận được.</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Cơ quan chịu trách nhiệm: %1</translation>
    </message>
    <message>
        <source>Levels: %1</source>
        <translation>Các mức: %1</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Cách tính điểm: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>The source does not state this maximum.</source>
        <translation>Văn bản nguồn không nêu điểm tối đa này.</translation>
    </message>
    <message>
        <source>%1 points self-scored over %2 sub-criteria, %3 not scored yet; %4 points lost where scored.</source>
        <translation>Tự chấm %1 điểm trên %2 tiêu chí thành phần, %3 tiêu chí chưa chấm; mất %4 điểm ở các tiêu chí đã chấm.</translation>
    </message>
    <message>
        <source>%1 points lost of %2.</source>
        <translation>Mất %1 trên %2 điểm.</translation>
    </message>
    <message>
        <source>Evidence is required: a file or a document number and date.</source>
        <translation>Bắt buộc có tài liệu kiểm chứng: một tệp, hoặc số và ngày văn bản.</translation>
    </message>
    <message>
        <source>Points the agency gives itself (tự chấm); totals on areas and criteria.</source>
        <translation>Điểm cơ quan tự chấm; ở lĩnh vực và tiêu chí là tổng điểm.</translation>
    </message>
    <message>
        <source>Points the appraisal council gives (thẩm định), typed once the self-assessment is submitted.</source>
        <translation>Điểm hội đồng thẩm định, nhập khi bản tự chấm điểm đã được gửi.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Self-scored</source>
        <translation>Tự chấm</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Giải trình</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Kiểm chứng</translation>
    </message>
    <message>
        <source>Appraised</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <source>Council&apos;s comment</source>
        <translation>Nhận xét của hội đồng</translation>
    </message>
    <message>
        <source>points of %1</source>
        <translation>điểm của %1</translation>
    </message>
    <message>
        <source>explanation of %1</source>
        <translation>giải trình của %1</translation>
    </message>
    <message>
        <source>appraised points of %1</source>
        <translation>điểm thẩm định của %1</translation>
    </message>
    <message>
        <source>council&apos;s comment on %1</source>
        <translation>ý kiến Hội đồng về %1</translation>
    </message>
    <message>
        <source>The council&apos;s points typed for %1 are gone: the appraisal was saved, or another self-assessment was opened.</source>
        <translation>Điểm thẩm định đã nhập cho %1 không còn: kết quả thẩm định đã được lưu, hoặc đã mở bản tự chấm điểm khác.</translation>
    </message>
    <message>
        <source>%1 is not a ratio sub-criterion measured by a form&apos;s figures.</source>
        <translation>%1 không phải tiêu chí thành phần tính theo tỷ lệ từ số liệu của biểu mẫu.</translation>
    </message>
    <message>
        <source>%1 is scored by the survey; the self-assessment is appraised already.</source>
        <translation>%1 chấm bằng khảo sát; bản tự chấm điểm đã được thẩm định.</translation>
    </message>
    <message>
        <source>%1 is scored by the survey (điều tra xã hội học), not by the agency: the office that organises the survey enters its points, without an explanation.</source>
        <translation>%1 chấm bằng khảo sát (điều tra xã hội học), không do cơ quan tự chấm: cơ quan tổ chức khảo sát nhập điểm, không kèm giải trình.</translation>
    </message>
    <message>
        <source>survey points of %1</source>
        <translation>điểm khảo sát của %1</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Survey points (entered by the office that organises the survey).</source>
        <translation>Điểm khảo sát (do cơ quan tổ chức khảo sát nhập).</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R (or the context menu) takes these points as the self-score; what is typed stays the official self-score.</source>
        <translation>Ctrl+Shift+R (hoặc trình đơn chuột phải) lấy số điểm này làm điểm tự chấm; điểm đã nhập vẫn là điểm tự chấm chính thức.</translation>
    </message>
</context>
<context>
    <name>pardesk::AssessmentPicker</name>
    <message>
        <source>&amp;Self-assessments:</source>
        <translation>&amp;Các bản tự chấm điểm:</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>%1 (%2), criteria set %3</source>
        <translation>%1 (%2), bộ tiêu chí %3</translation>
    </message>
    <message>
        <source>New self-assessment</source>
        <translation>Tự chấm điểm mới</translation>
    </message>
    <message>
        <source>Criteria se&amp;t:</source>
        <translation>&amp;Bộ tiêu chí:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>Cơ &amp;quan:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <source>&amp;Create draft</source>
        <translation>&amp;Tạo bản nháp</translation>
    </message>
    <message>
        <source>Start a self-assessment of the chosen agency for the chosen period; an existing one is opened.</source>
        <translation>Bắt đầu tự chấm điểm của cơ quan đã chọn cho kỳ đã chọn; nếu đã có thì mở bản đó.</translation>
    </message>
</context>
<context>
    <name>pardesk::AssessmentView</name>
    <message>
        <source>Self-assessment</source>
        <translation>Tự chấm điểm</translation>
    </message>
    <message>
        <source>Leave the appraisal unsaved?</source>
        <translation>Bỏ phần thẩm định chưa lưu?</translation>
    </message>
    <message>
        <source>The council&apos;s points typed for %1 are not saved. Open another self-assessment and drop them?</source>
        <translation>Điểm thẩm định đã nhập cho %1 chưa được lưu. Mở bản tự chấm điểm khác và bỏ các điểm đó?</translation>
    </message>
    <message>
        <source>This agency has a self-assessment for %1 already; it is open.</source>
        <translation>Cơ quan này đã có bản tự chấm điểm %1; bản đó đã được mở.</translation>
    </message>
    <message>
        <source>A new draft was created for %1.</source>
        <translation>Đã tạo bản nháp mới cho %1.</translation>
    </message>
    <message>
        <source>Send the self-assessment of %1 for %2? It cannot be changed afterwards unless it is withdrawn.</source>
        <translation>Gửi bản tự chấm điểm của %1, %2? Sau khi gửi không sửa được, trừ khi rút lại.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) remain, such as: %1</source>
        <translation>
            <numerusform>Còn %n vấn đề, ví dụ: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the self-assessment?</source>
        <translation>Gửi bản tự chấm điểm?</translation>
    </message>
    <message>
        <source>The self-assessment is sent.</source>
        <translation>Đã gửi bản tự chấm điểm.</translation>
    </message>
    <message>
        <source>Withdraw the self-assessment?</source>
        <translation>Rút lại bản tự chấm điểm?</translation>
    </message>
    <message>
        <source>Withdraw the self-assessment of %1 for %2 to correct it? It becomes a draft again; the withdrawal is recorded.</source>
        <translation>Rút lại bản tự chấm điểm của %1, %2 để sửa? Bản này trở lại thành bản nháp; việc rút lại được ghi nhật ký.</translation>
    </message>
    <message>
        <source>The self-assessment is withdrawn: it is a draft again.</source>
        <translation>Đã rút lại bản tự chấm điểm: bản này lại là bản nháp.</translation>
    </message>
    <message>
        <source>The council has typed no points for %1, %2: the self-scored points stand as appraised. Save the appraisal? It cannot be withdrawn afterwards.</source>
        <translation>Hội đồng chưa nhập điểm nào cho %1, %2: điểm tự chấm được giữ làm kết quả thẩm định. Lưu kết quả thẩm định? Sau đó không rút lại được.</translation>
    </message>
    <message numerus="yes">
        <source>Save the council&apos;s points and comments on %n sub-criterion(s) for %1, %2? The self-assessment becomes appraised and cannot be withdrawn afterwards.</source>
        <translation>
            <numerusform>Lưu điểm và nhận xét của hội đồng cho %n tiêu chí thành phần của %1, %2? Bản tự chấm điểm chuyển sang đã thẩm định và không rút lại được nữa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the appraisal?</source>
        <translation>Lưu kết quả thẩm định?</translation>
    </message>
    <message>
        <source>The appraisal is saved.</source>
        <translation>Đã lưu kết quả thẩm định.</translation>
    </message>
    <message>
        <source>No self-assessment is open</source>
        <translation>Chưa mở bản tự chấm điểm nào</translation>
    </message>
    <message>
        <source>Open one from the list, or create a new draft below it.</source>
        <translation>Mở một bản trong danh sách, hoặc tạo bản nháp mới ở phía dưới.</translation>
    </message>
    <message numerus="yes">
        <source>Status: %1 · self-scored %2 of %3 points · %n sub-criterion(s) still to score</source>
        <translation>
            <numerusform>Trạng thái: %1 · tự chấm %2 trên %3 điểm · còn %n tiêu chí thành phần chưa chấm</numerusform>
        </translation>
    </message>
    <message>
        <source>appraisal typed, not saved yet</source>
        <translation>đã nhập thẩm định, chưa lưu</translation>
    </message>
    <message>
        <source>&amp;Send (Gửi)</source>
        <translation>&amp;Gửi</translation>
    </message>
    <message>
        <source>&amp;Withdraw (Rút lại)</source>
        <translation>&amp;Rút lại</translation>
    </message>
    <message>
        <source>Save &amp;appraisal (Thẩm định)</source>
        <translation>&amp;Thẩm định (lưu)</translation>
    </message>
    <message>
        <source>Send the self-assessment; it becomes read-only until withdrawn.</source>
        <translation>Gửi bản tự chấm điểm; bản này chỉ xem được cho đến khi rút lại.</translation>
    </message>
    <message>
        <source>Make the sent self-assessment a draft again, to correct it. The withdrawal is recorded.</source>
        <translation>Đưa bản tự chấm điểm đã gửi về bản nháp để sửa. Việc rút lại được ghi nhật ký.</translation>
    </message>
    <message>
        <source>Type the council&apos;s points and comments in the Appraised and Comment columns, then save them here; the self-assessment becomes appraised.</source>
        <translation>Nhập điểm và nhận xét của hội đồng vào cột Thẩm định và Nhận xét, rồi lưu ở đây; bản tự chấm điểm chuyển sang đã thẩm định.</translation>
    </message>
    <message>
        <source>S&amp;coring</source>
        <translation>&amp;Chấm điểm</translation>
    </message>
    <message>
        <source>Province&apos;s est&amp;imate and lost points</source>
        <translation>Ước tính của &amp;tỉnh và điểm bị mất</translation>
    </message>
    <message>
        <source>Print / E&amp;xport…</source>
        <translation>&amp;In / Xuất…</translation>
    </message>
    <message>
        <source>Print or export the table of what is shown: the open self-assessment (its appraisal once sent), or on the province&apos;s tab the agencies&apos; ranking (Ctrl+P).</source>
        <translation>In hoặc xuất bảng của nội dung đang xem: bản tự chấm điểm đang mở (kết quả thẩm định khi đã gửi), hoặc ở thẻ của tỉnh là bảng xếp hạng các cơ quan (Ctrl+P).</translation>
    </message>
    <message>
        <source>Take the points computed from the figures</source>
        <translation>Lấy điểm tính từ số liệu</translation>
    </message>
    <message>
        <source>On a ratio sub-criterion measured by a form: its points from the latest reported figures become the self-score, as if typed (Ctrl+Shift+R).</source>
        <translation>Với tiêu chí thành phần tính theo tỷ lệ từ biểu mẫu: điểm tính từ số liệu báo cáo gần nhất trở thành điểm tự chấm, như khi gõ (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <source>The points computed from the figures are now the self-score; Ctrl+Z undoes it.</source>
        <translation>Điểm tính từ số liệu đã thành điểm tự chấm; Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>The self-assessment was imported; the audit log records it.</source>
        <translation>Đã nhập bản tự chấm điểm; nhật ký đã ghi lại việc nhập.</translation>
    </message>
    <message>
        <source>Pac&amp;kage / template</source>
        <translation>&amp;Gói dữ liệu / biểu mẫu</translation>
    </message>
    <message>
        <source>Send the open self-assessment to another office as a package or an Excel template, make a blank template for an agency, or import one received, after a preview of what it changes.</source>
        <translation>Gửi bản tự chấm điểm đang mở cho cơ quan khác dưới dạng gói dữ liệu hoặc biểu mẫu Excel, tạo biểu mẫu trống cho một cơ quan, hoặc nhập bản nhận được sau khi xem trước những gì sẽ thay đổi.</translation>
    </message>
    <message>
        <source>Export &amp;package…</source>
        <translation>Xuất &amp;gói dữ liệu…</translation>
    </message>
    <message>
        <source>The open self-assessment as a .pardesk package, its evidence files included, sealed with its SHA-256 digest and, if you choose, signed with your certificate.</source>
        <translation>Bản tự chấm điểm đang mở thành gói .pardesk, kèm các tệp tài liệu kiểm chứng, niêm phong bằng mã băm SHA-256 và, nếu muốn, ký bằng chứng thư số của đơn vị.</translation>
    </message>
    <message>
        <source>Export Excel &amp;template…</source>
        <translation>Xuất &amp;biểu mẫu Excel…</translation>
    </message>
    <message>
        <source>An Excel workbook of the open self-assessment to fill in: points, explanations and the evidence documents&apos; numbers and dates.</source>
        <translation>Sổ tính Excel của bản tự chấm điểm đang mở để điền: điểm tự chấm, giải trình, số và ngày văn bản kiểm chứng.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <source>Import a self-assessment package or a filled template; a preview shows what it changes before anything is written.</source>
        <translation>Nhập gói dữ liệu tự chấm điểm hoặc biểu mẫu đã điền; trước khi ghi, màn hình xem trước cho biết những gì sẽ thay đổi.</translation>
    </message>
    <message>
        <source>&amp;Blank template for an agency…</source>
        <translation>Biểu mẫu &amp;trống cho một cơ quan…</translation>
    </message>
    <message>
        <source>An Excel workbook to fill in for a criteria set, an agency and a period that has no self-assessment yet, as pardesk-cli assessment template makes.</source>
        <translation>Sổ tính Excel để điền cho một bộ tiêu chí, một cơ quan và một kỳ chưa có bản tự chấm điểm, như lệnh pardesk-cli assessment template tạo ra.</translation>
    </message>
</context>
<context>
    <name>pardesk::EvidencePanel</name>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Attach evidence to %1</source>
        <translation>Đính kèm tài liệu kiểm chứng cho %1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>an evidence file</source>
        <translation>tệp tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>%1 Nothing was attached.</source>
        <translation>%1 Chưa đính kèm gì.</translation>
    </message>
    <message>
        <source>%1 is attached to %2.</source>
        <translation>Đã đính kèm %1 cho %2.</translation>
    </message>
    <message>
        <source>Document %1 is attached to %2.</source>
        <translation>Đã đính kèm văn bản %1 cho %2.</translation>
    </message>
    <message>
        <source>The stored file %1 is not the one that was attached (its SHA-256 differs); it is not opened.</source>
        <translation>Tệp %1 đang lưu không còn là tệp đã đính kèm (mã SHA-256 khác); không mở tệp này.</translation>
    </message>
    <message>
        <source>No program opens %1; it is saved as %2.</source>
        <translation>Không có chương trình nào mở được %1; tệp đã được lưu thành %2.</translation>
    </message>
    <message>
        <source>Save evidence</source>
        <translation>Lưu tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>%1 is saved as %2.</source>
        <translation>Đã lưu %1 thành %2.</translation>
    </message>
    <message>
        <source>E&amp;vidence: select a sub-criterion in the grid.</source>
        <translation>Tài liệu &amp;kiểm chứng: hãy chọn một tiêu chí thành phần trong bảng.</translation>
    </message>
    <message numerus="yes">
        <source>E&amp;vidence of %1 (%n item(s)):</source>
        <translation>
            <numerusform>Tài liệu &amp;kiểm chứng của %1 (%n tài liệu):</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>File or document number</source>
        <translation>Tệp hoặc số văn bản</translation>
    </message>
    <message>
        <source>Size or date</source>
        <translation>Dung lượng hoặc ngày</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Đính kèm &amp;tệp…</translation>
    </message>
    <message>
        <source>Keep a file in the store as evidence, with its SHA-256; at most %1.</source>
        <translation>Lưu một tệp làm tài liệu kiểm chứng, kèm mã SHA-256; tối đa %1.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>&amp;Lưu thành…</translation>
    </message>
    <message>
        <source>Document &amp;no.:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>Add &amp;document</source>
        <translation>Thêm &amp;văn bản</translation>
    </message>
    <message>
        <source>Cite a document (its number and date) as evidence.</source>
        <translation>Dẫn một văn bản (số và ngày) làm tài liệu kiểm chứng.</translation>
    </message>
</context>
<context>
    <name>pardesk::FindingsPanel</name>
    <message>
        <source>Finding</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>F&amp;indings: no self-assessment is open.</source>
        <translation>&amp;Vấn đề: chưa mở bản tự chấm điểm nào.</translation>
    </message>
    <message>
        <source>F&amp;indings: none; every sub-criterion is scored, explained and evidenced.</source>
        <translation>&amp;Vấn đề: không có; mọi tiêu chí thành phần đã được chấm, giải trình và có tài liệu kiểm chứng.</translation>
    </message>
    <message numerus="yes">
        <source>F&amp;indings before sending: %n</source>
        <translation>
            <numerusform>&amp;Vấn đề cần xử lý trước khi gửi: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>F&amp;indings of the sent self-assessment: %n</source>
        <translation>
            <numerusform>&amp;Vấn đề của bản tự chấm điểm đã gửi: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pardesk::ProvincePicturePanel</name>
    <message>
        <source>no agency has scored it yet; survey points are the last official ones</source>
        <translation>chưa cơ quan nào chấm; điểm khảo sát lấy theo kết quả chính thức gần nhất</translation>
    </message>
    <message>
        <source>from the self-assessment of %1, %2 (%3)</source>
        <translation>theo bản tự chấm điểm của %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Last official result of area %1 (%2): %3 points, rank %4/%5.</source>
        <translation>Kết quả chính thức gần nhất của lĩnh vực %1 (%2): %3 điểm, xếp hạng %4/%5.</translation>
    </message>
    <message>
        <source>Estimate for %1, %2 (%3): %4 of %5 points, %6.</source>
        <translation>Ước tính của %1, năm %2 (%3): %4 trên %5 điểm, %6.</translation>
    </message>
    <message>
        <source>%1 scored, %2 not</source>
        <translation>%1 đã chấm, %2 chưa</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Target %1: %2</source>
        <translation>Chỉ tiêu %1: %2</translation>
    </message>
    <message>
        <source>Open task %1: %2 (due %3)</source>
        <translation>Nhiệm vụ chưa xong %1: %2 (hạn %3)</translation>
    </message>
    <message>
        <source>(not named in the source)</source>
        <translation>(văn bản nguồn không nêu tên)</translation>
    </message>
    <message>
        <source>Last official result.</source>
        <translation>Kết quả chính thức gần nhất.</translation>
    </message>
    <message>
        <source>No target or open task of the plan is numbered under it.</source>
        <translation>Kế hoạch không có chỉ tiêu hay nhiệm vụ chưa xong nào đánh số dưới tiêu chí này.</translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation>&amp;Tỉnh:</translation>
    </message>
    <message>
        <source>Y&amp;ear:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Estimate per area (appraised points, else self-scored; survey points from the last official result)</source>
        <translation>Ước tính theo lĩnh vực (điểm thẩm định, nếu chưa có thì điểm tự chấm; điểm khảo sát theo kết quả chính thức gần nhất)</translation>
    </message>
    <message>
        <source>Agencies, ranked</source>
        <translation>Các cơ quan, xếp hạng</translation>
    </message>
    <message>
        <source>&amp;Lost points, largest first, and what moves them</source>
        <translation>Điểm &amp;bị mất, nhiều nhất trước, và những gì giúp lấy lại</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Ước tính</translation>
    </message>
    <message>
        <source>Sub-criteria</source>
        <translation>Tiêu chí thành phần</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Sub-criterion</source>
        <translation>Tiêu chí thành phần</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Mất</translation>
    </message>
    <message>
        <source>Latest figure: %1</source>
        <translation>Số liệu gần nhất: %1</translation>
    </message>
    <message>
        <source>Latest figure: none reported yet (%1, %2).</source>
        <translation>Số liệu gần nhất: chưa có báo cáo (%1, %2).</translation>
    </message>
    <message>
        <source>Latest figure of target %1: %2 (%3)</source>
        <translation>Số liệu gần nhất của chỉ tiêu %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Targets, latest figures and open tasks that move it</source>
        <translation>Chỉ tiêu, số liệu gần nhất và nhiệm vụ chưa xong giúp lấy lại điểm</translation>
    </message>
    <message>
        <source>&amp;Ratio sub-criteria at the year&apos;s end, projected from the rates reported this year</source>
        <translation>Tiêu chí tính theo tỷ lệ &amp;vào cuối năm, dự báo từ tỷ lệ đã báo cáo trong năm</translation>
    </message>
    <message>
        <source>Latest figure</source>
        <translation>Số liệu gần nhất</translation>
    </message>
    <message>
        <source>Year-end rate</source>
        <translation>Tỷ lệ cuối năm</translation>
    </message>
    <message>
        <source>Year-end points</source>
        <translation>Điểm cuối năm</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Giả định</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The server address %1 is not usable: %2 It has the form postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>Không dùng được địa chỉ máy chủ %1: %2 Địa chỉ có dạng postgresql://USER@HOST[:PORT]/DATABASE (tên đăng nhập, máy chủ, cổng, tên cơ sở dữ liệu).</translation>
    </message>
    <message>
        <source>it does not start with postgresql://.</source>
        <translation>địa chỉ không bắt đầu bằng postgresql://.</translation>
    </message>
    <message>
        <source>it holds parameters after &quot;?&quot; or &quot;#&quot;, which ParDesk does not take.</source>
        <translation>địa chỉ có tham số sau dấu &quot;?&quot; hoặc &quot;#&quot;, ParDesk không nhận các tham số này.</translation>
    </message>
    <message>
        <source>the database name after the host (&quot;/DATABASE&quot;) is missing.</source>
        <translation>thiếu tên cơ sở dữ liệu sau tên máy chủ (&quot;/DATABASE&quot;).</translation>
    </message>
    <message>
        <source>the database name &quot;%1&quot; holds a &quot;/&quot;.</source>
        <translation>tên cơ sở dữ liệu &quot;%1&quot; có chứa dấu &quot;/&quot;.</translation>
    </message>
    <message>
        <source>it holds a password. Never write the password on the command line: put it in the file ~/.pgpass (see docs/server.md).</source>
        <translation>địa chỉ có chứa mật khẩu. Không bao giờ ghi mật khẩu trên dòng lệnh: hãy ghi mật khẩu vào tệp ~/.pgpass (xem docs/server.md).</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>cổng &quot;%1&quot; không phải là số từ 1 đến 65535.</translation>
    </message>
    <message>
        <source>the host is missing.</source>
        <translation>thiếu tên máy chủ.</translation>
    </message>
</context>
<context>
    <name>NetworkFilesystem</name>
    <message>
        <source>The database %1 is on a network drive (%2). SQLite cannot lock a file reliably there: when two computers write to it at the same time, data can be lost or the file damaged. Keep the file on this computer&apos;s own disk, or, when several people must work on the same data, use a PostgreSQL server (pardesk --db postgresql://USER@HOST/DATABASE; see docs/server.md).</source>
        <translation>Cơ sở dữ liệu %1 nằm trên ổ mạng (%2). Trên ổ mạng, SQLite không khóa tệp được một cách tin cậy: khi hai máy cùng ghi vào tệp, dữ liệu có thể bị mất hoặc tệp bị hỏng. Hãy để tệp trên ổ đĩa của chính máy này, hoặc, khi nhiều người cần làm việc trên cùng dữ liệu, hãy dùng máy chủ PostgreSQL (pardesk --db postgresql://USER@HOST/DATABASE; xem docs/server.md).</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>The target has no column %1 in the table %2; both stores must be at the same schema.</source>
        <translation>Kho đích không có cột %1 trong bảng %2; hai kho phải ở cùng một lược đồ.</translation>
    </message>
    <message>
        <source>Reading the table %1 failed: %2</source>
        <translation>Không đọc được bảng %1: %2</translation>
    </message>
    <message>
        <source>Writing the table %1 failed: %2</source>
        <translation>Không ghi được bảng %1: %2</translation>
    </message>
    <message>
        <source>Counting the rows of %1 in %2 failed: %3</source>
        <translation>Không đếm được số dòng của bảng %1 trong %2: %3</translation>
    </message>
    <message>
        <source>Both stores must be at schema %1 to be copied (the source is at %2, the target at %3).</source>
        <translation>Để sao chép, cả hai kho phải ở lược đồ %1 (kho nguồn ở lược đồ %2, kho đích ở lược đồ %3).</translation>
    </message>
    <message numerus="yes">
        <source>The target %1 is not empty (its table %2 holds %n row(s)); ParDesk copies only into an empty store, so that nothing there is overwritten or mixed.</source>
        <translation>
            <numerusform>Kho đích %1 không trống (bảng %2 có %n dòng); ParDesk chỉ sao chép vào kho trống để không ghi đè hay trộn lẫn dữ liệu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy was undone: the table %1 holds %2 rows in the source but %3 in the target.</source>
        <translation>Đã hủy việc sao chép: bảng %1 có %2 dòng ở kho nguồn nhưng %3 dòng ở kho đích.</translation>
    </message>
</context>
<context>
    <name>pardesk::ServerConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Kết nối máy chủ</translation>
    </message>
    <message>
        <source>A ParDesk store on a PostgreSQL server, shared by the office. The server&apos;s administrator gives you these four values and your password; the password is asked for when the server wants it and is never saved by ParDesk.</source>
        <translation>Kho dữ liệu ParDesk trên máy chủ PostgreSQL, dùng chung trong cơ quan. Người quản trị máy chủ cho bạn bốn thông tin dưới đây và mật khẩu; mật khẩu chỉ được hỏi khi máy chủ cần và ParDesk không bao giờ lưu lại.</translation>
    </message>
    <message>
        <source>e.g. cchc.sonoivu.local or 10.0.0.5</source>
        <translation>ví dụ cchc.sonoivu.local hoặc 10.0.0.5</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Người dùng:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Kết nối</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ServerLogins</name>
    <message>
        <source>Logins and roles exist only for a store on a PostgreSQL server; whoever can open a store file can read and write all of it.</source>
        <translation>Tài khoản và vai trò chỉ có với kho dữ liệu trên máy chủ PostgreSQL; ai mở được tệp kho dữ liệu thì đọc và ghi được toàn bộ tệp đó.</translation>
    </message>
    <message>
        <source>The server did not say which login this is.</source>
        <translation>Máy chủ không cho biết đây là tài khoản nào.</translation>
    </message>
    <message>
        <source>Unknown role "%1": a login is province, agency or reader.</source>
        <translation>Vai trò "%1" không có: một tài khoản là province (cấp tỉnh), agency (cơ quan) hoặc reader (chỉ đọc).</translation>
    </message>
    <message>
        <source>"%1" cannot be a login: write it in lower-case letters without accents, digits and _, starting with a letter, at most 63 characters (e.g. snv_tq).</source>
        <translation>"%1" không dùng làm tài khoản được: hãy viết bằng chữ thường không dấu, chữ số và _, bắt đầu bằng một chữ cái, tối đa 63 ký tự (ví dụ snv_tq).</translation>
    </message>
    <message>
        <source>An agency's login needs the agency's key (--agency), e.g. TQ.STTTT.</source>
        <translation>Tài khoản của cơ quan cần mã của cơ quan (--agency), ví dụ TQ.STTTT.</translation>
    </message>
    <message>
        <source>Only an agency's login belongs to an agency; a %1 login takes no --agency.</source>
        <translation>Chỉ tài khoản của cơ quan mới thuộc về một cơ quan; tài khoản %1 không nhận --agency.</translation>
    </message>
    <message>
        <source>The password is empty; nothing was changed.</source>
        <translation>Mật khẩu để trống; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The login %1 may not add or remove logins: connect as the store's owner, a login that may create roles (CREATEROLE).</source>
        <translation>Tài khoản %1 không được thêm hay thu hồi tài khoản: hãy kết nối bằng tài khoản chủ kho dữ liệu, tài khoản được tạo role (CREATEROLE).</translation>
    </message>
    <message>
        <source>There is no agency with the key "%1" in this store (keys are written like TQ.STTTT).</source>
        <translation>Kho dữ liệu này không có cơ quan nào mang mã "%1" (mã được viết như TQ.STTTT).</translation>
    </message>
    <message>
        <source>The login %1 already has the role %2 in this store; remove it first (server remove-user).</source>
        <translation>Tài khoản %1 đã có vai trò %2 trong kho dữ liệu này; hãy thu hồi trước (server remove-user).</translation>
    </message>
    <message>
        <source>%1 is the store's owner or a superuser, whom no role restricts; give each person a login of their own.</source>
        <translation>%1 là chủ kho dữ liệu hoặc siêu người dùng, không vai trò nào hạn chế được; hãy cấp cho mỗi người một tài khoản riêng.</translation>
    </message>
    <message>
        <source>The password of %1 could not be set.</source>
        <translation>Không đặt được mật khẩu của %1.</translation>
    </message>
    <message>
        <source>The password of %1 could not be set: %2</source>
        <translation>Không đặt được mật khẩu của %1: %2</translation>
    </message>
    <message>
        <source>The login %1 has no role in this store.</source>
        <translation>Tài khoản %1 không có vai trò nào trong kho dữ liệu này.</translation>
    </message>
</context>
<context>
    <name>ServerRefusal</name>
    <message>
        <source>the agencies' reports</source>
        <translation>báo cáo của các cơ quan</translation>
    </message>
    <message>
        <source>the self-assessments</source>
        <translation>bản tự chấm điểm</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>nhật ký thay đổi</translation>
    </message>
    <message>
        <source>the list of logins</source>
        <translation>danh sách tài khoản</translation>
    </message>
    <message>
        <source>the store</source>
        <translation>kho dữ liệu</translation>
    </message>
    <message>
        <source>the table %1</source>
        <translation>bảng %1</translation>
    </message>
    <message>
        <source>The login %1 may not read %2 in this store. An administrator gives it a role (pardesk-cli server add-user).</source>
        <translation>Tài khoản %1 không được đọc %2 trong kho dữ liệu này. Quản trị viên cấp vai trò cho tài khoản (pardesk-cli server add-user).</translation>
    </message>
    <message>
        <source>The login %1 may write only the reports and self-assessments of its own agency (%2), and only while they are drafts; the server refused this write to %3. Nothing was written.</source>
        <translation>Tài khoản %1 chỉ được ghi báo cáo và bản tự chấm điểm của cơ quan mình (%2), và chỉ khi còn là bản nháp; máy chủ đã từ chối ghi vào %3. Không có gì được ghi.</translation>
    </message>
    <message>
        <source>The login %1 may only read this store; the server refused this write to %2. Nothing was written.</source>
        <translation>Tài khoản %1 chỉ được đọc kho dữ liệu này; máy chủ đã từ chối ghi vào %2. Không có gì được ghi.</translation>
    </message>
    <message>
        <source>The login %1 of the provincial office may not change %2; the server refused it. Nothing was written.</source>
        <translation>Tài khoản %1 của cơ quan cấp tỉnh không được thay đổi %2; máy chủ đã từ chối. Không có gì được ghi.</translation>
    </message>
    <message>
        <source>The login %1 has no role in this store; the server refused this write to %2. An administrator gives it one (pardesk-cli server add-user). Nothing was written.</source>
        <translation>Tài khoản %1 không có vai trò nào trong kho dữ liệu này; máy chủ đã từ chối ghi vào %2. Quản trị viên cấp vai trò cho tài khoản (pardesk-cli server add-user). Không có gì được ghi.</translation>
    </message>
    <message>
        <source>%1 (The server: %2)</source>
        <translation>%1 (Máy chủ: %2)</translation>
    </message>
</context>
<context>
    <name>AssessmentTables</name>
    <message>
        <source>No self-assessment with id %1: see pardesk-cli assessment scores.</source>
        <translation>Không có bản tự chấm điểm nào có mã %1: xem pardesk-cli assessment scores.</translation>
    </message>
    <message>
        <source>The self-assessment %1 of %2 is a draft: the council appraises it once it is sent. Print the self-assessment table instead.</source>
        <translation>Bản tự chấm điểm %1 của %2 còn là bản nháp: Hội đồng thẩm định chỉ thẩm định sau khi bản tự chấm điểm được gửi. Hãy in bảng tự chấm điểm.</translation>
    </message>
    <message>
        <source>Unknown province &quot;%1&quot;: use TQ, BG or TV.</source>
        <translation>Không có tỉnh &quot;%1&quot;: dùng TQ, BG hoặc TV.</translation>
    </message>
</context>
<context>
    <name>StoreRights</name>
    <message>
        <source>The login %1 is an agency&apos;s (%2): it writes only its own agency&apos;s reports and self-assessments while they are drafts. The server would refuse this.</source>
        <translation>Tài khoản %1 là của một cơ quan (%2): chỉ được ghi báo cáo và bản tự chấm điểm của chính cơ quan mình khi còn là bản nháp. Máy chủ sẽ từ chối việc này.</translation>
    </message>
    <message>
        <source>The login %1 may only read this store. The server would refuse this.</source>
        <translation>Tài khoản %1 chỉ được đọc kho dữ liệu này. Máy chủ sẽ từ chối việc này.</translation>
    </message>
    <message>
        <source>Login: %1 (provincial office)</source>
        <translation>Đăng nhập: %1 (cơ quan cấp tỉnh)</translation>
    </message>
    <message>
        <source>Login: %1 (agency: %2)</source>
        <translation>Đăng nhập: %1 (cơ quan: %2)</translation>
    </message>
    <message>
        <source>Login: %1 (read only)</source>
        <translation>Đăng nhập: %1 (chỉ đọc)</translation>
    </message>
</context>
<context>
    <name>RatioFigures</name>
    <message>
        <source>%1% (%2, %3)</source>
        <translation>%1% (%2, %3)</translation>
    </message>
    <message>
        <source>The rate cannot be computed from %1 (%2): %3</source>
        <translation>Không tính được tỷ lệ từ %1 (%2): %3</translation>
    </message>
    <message>
        <source>No figures of %1 (%2) reported for a period ending by %3: the points cannot be computed from them.</source>
        <translation>Chưa có số liệu %1 (%2) báo cáo cho kỳ kết thúc đến hết %3: chưa tính được điểm từ số liệu.</translation>
    </message>
    <message>
        <source>Computed from the figures: %1% (%2, %3: %4) → %5/%6</source>
        <translation>Tính từ số liệu: %1% (%2, %3: %4) → %5/%6</translation>
    </message>
    <message>
        <source>the store has no form %1</source>
        <translation>kho dữ liệu không có biểu mẫu %1</translation>
    </message>
</context>
<context>
    <name>AssessmentImportPreview</name>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Không có gì được nhập.</translation>
    </message>
</context>
<context>
    <name>AssessmentPackage</name>
    <message>
        <source>%1: the status &quot;%2&quot; is not draft, submitted or appraised.</source>
        <translation>%1: trạng thái &quot;%2&quot; không phải bản nháp, đã gửi hay đã thẩm định.</translation>
    </message>
    <message>
        <source>%1, code %2: the points are not a number.</source>
        <translation>%1, mã %2: điểm không phải là số.</translation>
    </message>
    <message>
        <source>%1, code %2: the evidence is neither a file nor a document.</source>
        <translation>%1, mã %2: tài liệu kiểm chứng không phải tệp cũng không phải văn bản.</translation>
    </message>
    <message>
        <source>%1, code %2: the bytes of the evidence file %3 are damaged (not base64).</source>
        <translation>%1, mã %2: nội dung tệp tài liệu kiểm chứng %3 bị hỏng (không phải base64).</translation>
    </message>
    <message>
        <source>The package of the self-assessment of %1 would be %2, more than an import accepts (%3): its evidence files are too large together. Give some as document references instead.</source>
        <translation>Gói dữ liệu tự chấm điểm của %1 sẽ nặng %2, vượt mức được phép nhập (%3): các tệp tài liệu kiểm chứng cộng lại quá lớn. Hãy thay một số tệp bằng số và ngày văn bản.</translation>
    </message>
    <message>
        <source>a self-assessment package</source>
        <translation>một gói dữ liệu tự chấm điểm</translation>
    </message>
    <message>
        <source>%1: the package is %2, more than a self-assessment package can be (%3); it was not read.</source>
        <translation>%1: gói nặng %2, vượt mức của một gói dữ liệu tự chấm điểm (%3); gói không được đọc.</translation>
    </message>
    <message>
        <source>%1: the package holds no list of scores.</source>
        <translation>%1: gói không có danh sách điểm.</translation>
    </message>
    <message>
        <source>%1, score %2</source>
        <translation>%1, điểm thứ %2</translation>
    </message>
    <message>
        <source>%1: the package holds no list of evidence.</source>
        <translation>%1: gói không có danh sách tài liệu kiểm chứng.</translation>
    </message>
    <message>
        <source>%1, evidence %2</source>
        <translation>%1, tài liệu kiểm chứng thứ %2</translation>
    </message>
    <message>
        <source>criteria set</source>
        <translation>bộ tiêu chí</translation>
    </message>
    <message>
        <source>%1: the criteria set in the package cannot be read:
%2</source>
        <translation>%1: không đọc được bộ tiêu chí trong gói:
%2</translation>
    </message>
</context>
<context>
    <name>AssessmentSource</name>
    <message>
        <source>%1, code %2: the criteria set %3 has no such code.</source>
        <translation>%1, mã %2: bộ tiêu chí %3 không có mã này.</translation>
    </message>
    <message>
        <source>%1, code %2: the code is given twice.</source>
        <translation>%1, mã %2: mã bị ghi hai lần.</translation>
    </message>
    <message>
        <source>%1, code %2: a survey sub-criterion is scored by the office that runs the survey, not by the agency; it takes no self-scored points.</source>
        <translation>%1, mã %2: tiêu chí thành phần chấm bằng khảo sát do cơ quan tổ chức khảo sát nhập điểm, cơ quan không tự chấm; không nhận điểm tự chấm.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, code %2: the explanation has %3 characters, more than %4.</source>
        <translation>%1, mã %2: giải trình dài %3 ký tự, vượt quá %4.</translation>
    </message>
    <message>
        <source>%1, code %2: &quot;%3&quot; is not the name of a file (a name without folders).</source>
        <translation>%1, mã %2: &quot;%3&quot; không phải tên tệp (tên không kèm thư mục).</translation>
    </message>
    <message>
        <source>%1, code %2: the evidence file %3 is %4 bytes, above the limit of %5 bytes.</source>
        <translation>%1, mã %2: tệp tài liệu kiểm chứng %3 có %4 byte, vượt giới hạn %5 byte.</translation>
    </message>
    <message>
        <source>%1, code %2: the evidence file %3 is empty.</source>
        <translation>%1, mã %2: tệp tài liệu kiểm chứng %3 rỗng.</translation>
    </message>
    <message>
        <source>%1, code %2: the evidence file %3 is not the file it was sent as (its bytes do not match its SHA-256 digest or its size): it was altered or damaged.</source>
        <translation>%1, mã %2: tệp tài liệu kiểm chứng %3 không còn là tệp đã gửi (nội dung không khớp mã băm SHA-256 hoặc kích thước): tệp đã bị sửa hoặc bị hỏng.</translation>
    </message>
    <message>
        <source>%1, code %2: a document given as evidence needs its number (số văn bản), of at most %3 characters.</source>
        <translation>%1, mã %2: văn bản dùng làm tài liệu kiểm chứng phải có số văn bản, dài tối đa %3 ký tự.</translation>
    </message>
    <message>
        <source>%1, code %2: the document&apos;s date &quot;%3&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1, mã %2: ngày văn bản &quot;%3&quot; không phải là ngày (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1, code %2: evidence goes with a sub-criterion, and %2 is not one.</source>
        <translation>%1, mã %2: tài liệu kiểm chứng phải gắn với tiêu chí thành phần, mà %2 không phải tiêu chí thành phần.</translation>
    </message>
</context>
<context>
    <name>AssessmentTarget</name>
    <message>
        <source>%1: the criteria set &quot;%2&quot; is not in this store.</source>
        <translation>%1: bộ tiêu chí &quot;%2&quot; không có trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>%1: the agency %2 is not of the province %3, whose criteria set %4 is.</source>
        <translation>%1: cơ quan %2 không thuộc tỉnh %3, là tỉnh của bộ tiêu chí %4.</translation>
    </message>
    <message>
        <source>%1: the criteria set %2 that the package brings is not in this store and does not pass the check of a criteria set:
%3</source>
        <translation>%1: bộ tiêu chí %2 mà gói mang theo chưa có trong kho dữ liệu này và không đạt yêu cầu kiểm tra của một bộ tiêu chí:
%3</translation>
    </message>
</context>
<context>
    <name>AssessmentTemplate</name>
    <message>
        <source>%1: points from %2 to %3.</source>
        <translation>%1: điểm từ %2 đến %3.</translation>
    </message>
    <message>
        <source>(not named in the source)</source>
        <translation>(văn bản nguồn không ghi tên)</translation>
    </message>
    <message>
        <source>%1, code %2: the points cell is formatted as a date, so it shows a day, not points; set its format to a number and type the points again.</source>
        <translation>%1, mã %2: ô điểm được định dạng ngày tháng nên hiển thị một ngày, không phải điểm; hãy đổi định dạng ô thành số rồi gõ lại điểm.</translation>
    </message>
    <message>
        <source>%1, code %2: &quot;%3&quot; is not a number of points.</source>
        <translation>%1, mã %2: &quot;%3&quot; không phải là số điểm.</translation>
    </message>
    <message>
        <source>%1, code %2: &quot;%3&quot; is not a date; write it as DD/MM/YYYY.</source>
        <translation>%1, mã %2: &quot;%3&quot; không phải là ngày; hãy ghi theo dạng NN/TT/NNNN.</translation>
    </message>
    <message>
        <source>%1, sheet %2, row %3</source>
        <translation>%1, trang %2, dòng %3</translation>
    </message>
    <message>
        <source>%1, code %2: the criteria set %3 has no such code.</source>
        <translation>%1, mã %2: bộ tiêu chí %3 không có mã này.</translation>
    </message>
    <message>
        <source>%1, code %2: %2 is not a sub-criterion (its points are the sum of its children); type nothing in its row.</source>
        <translation>%1, mã %2: %2 không phải tiêu chí thành phần (điểm là tổng điểm các mục con); không nhập gì vào dòng này.</translation>
    </message>
    <message>
        <source>%1, code %2: an explanation without points; type the points too, or clear the explanation.</source>
        <translation>%1, mã %2: có giải trình nhưng chưa có điểm; hãy nhập điểm, hoặc xóa giải trình.</translation>
    </message>
    <message>
        <source>%1, code %2: %3 document numbers but %4 dates; give each document its date, in the same order, separated by &quot;;&quot;.</source>
        <translation>%1, mã %2: có %3 số văn bản nhưng %4 ngày; hãy ghi ngày cho từng văn bản, theo cùng thứ tự, ngăn cách bằng &quot;;&quot;.</translation>
    </message>
    <message>
        <source>Agency: %1 — Period: %2 — Criteria set %3</source>
        <translation>Cơ quan: %1 — Kỳ: %2 — Bộ tiêu chí %3</translation>
    </message>
    <message>
        <source>Type the points, the explanation and the evidence documents (number and date, DD/MM/YYYY; several separated by &quot;;&quot;) in the yellow cells. Grey rows add up their sub-criteria. Evidence files are attached in ParDesk, not here.</source>
        <translation>Nhập điểm tự chấm, giải trình và văn bản kiểm chứng (số và ngày văn bản, NN/TT/NNNN; nhiều văn bản ngăn cách bằng &quot;;&quot;) vào các ô màu vàng. Dòng màu xám là tổng điểm các tiêu chí thành phần. Tệp tài liệu kiểm chứng được đính kèm trong ParDesk, không đính kèm ở đây.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã số</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>How it is scored</source>
        <translation>Cách chấm điểm</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm tự chấm</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Giải trình</translation>
    </message>
    <message>
        <source>Evidence document</source>
        <translation>Số văn bản kiểm chứng</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>a self-assessment template</source>
        <translation>một biểu mẫu tự chấm điểm</translation>
    </message>
    <message>
        <source>%1: the workbook is the template of a report (form %2), not of a self-assessment; import it with pardesk-cli import or File › Import….</source>
        <translation>%1: sổ tính là biểu mẫu báo cáo số liệu (biểu mẫu %2), không phải biểu mẫu tự chấm điểm; hãy nhập bằng pardesk-cli import hoặc Tệp › Nhập….</translation>
    </message>
    <message>
        <source>%1: the workbook is not a ParDesk self-assessment template (it has no hidden sheet &quot;%2&quot; naming one); make one with pardesk-cli assessment template.</source>
        <translation>%1: sổ tính không phải biểu mẫu tự chấm điểm của ParDesk (không có trang ẩn &quot;%2&quot; ghi bản tự chấm điểm); hãy tạo biểu mẫu bằng pardesk-cli assessment template.</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; names no data sheet; the workbook was altered.</source>
        <translation>%1: trang &quot;%2&quot; không chỉ ra trang số liệu; sổ tính đã bị sửa đổi.</translation>
    </message>
    <message>
        <source>%1, sheet %2, row %3: the header row no longer names the columns &quot;Mã số&quot; (code) and &quot;Điểm tự chấm&quot; (points); the rows cannot be matched. Restore the headers or use a new template.</source>
        <translation>%1, trang %2, dòng %3: dòng tiêu đề không còn các cột &quot;Mã số&quot; và &quot;Điểm tự chấm&quot;; không đối chiếu được các dòng. Hãy khôi phục tiêu đề hoặc dùng biểu mẫu mới.</translation>
    </message>
    <message>
        <source>%1: no points, explanation or document is filled in; there is nothing to import.</source>
        <translation>%1: chưa nhập điểm, giải trình hay văn bản nào; không có gì để nhập.</translation>
    </message>
    <message>
        <source>%1, code %2: the date cell holds %3, which is no day (Excel shows ####); type the date as DD/MM/YYYY.</source>
        <translation>%1, mã %2: ô ngày chứa %3, không phải là một ngày (Excel hiện ####); hãy ghi ngày theo dạng NN/TT/NNNN.</translation>
    </message>
</context>
<context>
    <name>PackageEnvelope</name>
    <message>
        <source>a ParDesk submission package</source>
        <translation>gói báo cáo ParDesk</translation>
    </message>
    <message>
        <source>a ParDesk self-assessment package</source>
        <translation>gói dữ liệu tự chấm điểm ParDesk</translation>
    </message>
    <message>
        <source>import it with pardesk-cli import or File › Import…</source>
        <translation>hãy nhập bằng pardesk-cli import hoặc Tệp › Nhập…</translation>
    </message>
    <message>
        <source>import it with pardesk-cli assessment import or Import… in the Self-assessment area</source>
        <translation>hãy nhập bằng pardesk-cli assessment import hoặc nút Nhập… trong vùng Tự chấm điểm</translation>
    </message>
    <message>
        <source>%1: the file is JSON but not %2.</source>
        <translation>%1: tệp là JSON nhưng không phải %2.</translation>
    </message>
    <message>
        <source>%1: the package is damaged or truncated (not complete JSON at byte %2: %3). Ask the agency to export it again.</source>
        <translation>%1: gói dữ liệu bị hỏng hoặc bị cắt cụt (JSON không trọn vẹn tại byte %2: %3). Đề nghị đơn vị xuất lại.</translation>
    </message>
    <message>
        <source>%1: the file is %2, not %3; %4.</source>
        <translation>%1: tệp là %2, không phải %3; %4.</translation>
    </message>
    <message>
        <source>%1: the file is not %2.</source>
        <translation>%1: tệp không phải là %2.</translation>
    </message>
    <message>
        <source>%1: the package has format version %2; this ParDesk reads version %3. Update ParDesk.</source>
        <translation>%1: gói dữ liệu có định dạng phiên bản %2; ParDesk này đọc được phiên bản %3. Hãy cập nhật ParDesk.</translation>
    </message>
    <message>
        <source>%1: the package was altered after it was exported (its SHA-256 digest does not match its content). It was not imported.</source>
        <translation>%1: gói dữ liệu đã bị sửa sau khi xuất (mã băm SHA-256 không khớp với nội dung). Gói không được nhập.</translation>
    </message>
</context>
<context>
    <name>StagedWorkbook</name>
    <message>
        <source>%1: the workbook cannot be created.</source>
        <translation>%1: không tạo được sổ tính.</translation>
    </message>
    <message>
        <source>%1: the workbook cannot be written (%2). Any file of that name was left as it was.</source>
        <translation>%1: không ghi được sổ tính (%2). Tệp cùng tên (nếu có) được giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>AssessmentExchange</name>
    <message>
        <source>Export Self-assessment Package</source>
        <translation>Xuất gói dữ liệu tự chấm điểm</translation>
    </message>
    <message>
        <source>Self-assessment packages (*.pardesk)</source>
        <translation>Gói dữ liệu tự chấm điểm (*.pardesk)</translation>
    </message>
    <message>
        <source>Export Excel Template</source>
        <translation>Xuất biểu mẫu Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Import a Self-assessment</source>
        <translation>Nhập bản tự chấm điểm</translation>
    </message>
    <message>
        <source>Self-assessments (*.pardesk *.xlsx);;All files (*)</source>
        <translation>Bản tự chấm điểm (*.pardesk *.xlsx);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Blank Excel Template</source>
        <translation>Biểu mẫu Excel trống</translation>
    </message>
</context>
<context>
    <name>pardesk::AssessmentImportDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, criteria set %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, bộ tiêu chí %3</translation>
    </message>
    <message>
        <source>This agency&apos;s self-assessment for the period exists already (%1): importing replaces its points and explanations with the file&apos;s and adds the evidence it lacks. The import is recorded in the audit log.</source>
        <translation>Cơ quan đã có bản tự chấm điểm của kỳ này (%1): khi nhập, điểm và giải trình được thay bằng điểm và giải trình trong tệp, tài liệu kiểm chứng còn thiếu được bổ sung. Việc nhập được ghi vào nhật ký.</translation>
    </message>
    <message>
        <source>A new self-assessment is created.</source>
        <translation>Một bản tự chấm điểm mới được tạo.</translation>
    </message>
    <message>
        <source>It will be %1.</source>
        <translation>Trạng thái sau khi nhập: %1.</translation>
    </message>
    <message>
        <source>Exported by %1 on %2.</source>
        <translation>Do %1 xuất lúc %2.</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Thay đổi (%1)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã số</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Points now</source>
        <translation>Điểm hiện có</translation>
    </message>
    <message>
        <source>Points in the file</source>
        <translation>Điểm trong tệp</translation>
    </message>
    <message>
        <source>Explanation now</source>
        <translation>Giải trình hiện có</translation>
    </message>
    <message>
        <source>Explanation in the file</source>
        <translation>Giải trình trong tệp</translation>
    </message>
    <message>
        <source>Evidence to add (%1)</source>
        <translation>Tài liệu kiểm chứng bổ sung (%1)</translation>
    </message>
    <message>
        <source>File or document</source>
        <translation>Tệp hoặc văn bản</translation>
    </message>
    <message>
        <source>Size or date</source>
        <translation>Dung lượng hoặc ngày</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Vấn đề (%1)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Vấn đề</translation>
    </message>
    <message numerus="yes">
        <source>%n sub-criterion(s) change</source>
        <translation>
            <numerusform>%n tiêu chí thành phần thay đổi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence to add</source>
        <translation>
            <numerusform>%n tài liệu kiểm chứng bổ sung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence held already</source>
        <translation>
            <numerusform>%n tài liệu kiểm chứng đã có</numerusform>
        </translation>
    </message>
    <message>
        <source>The package was scored against a criteria set %1 that differs from the one stored under that key at %2; the stored set is used.</source>
        <translation>Gói được chấm theo một bộ tiêu chí %1 khác với bộ đang lưu cùng mã ở %2; bộ đang lưu được dùng.</translation>
    </message>
    <message numerus="yes">
        <source>This store does not have the criteria set %1 (%2, %n node(s)): the package brings it, and it is imported with the self-assessment.</source>
        <translation>
            <numerusform>Kho dữ liệu này chưa có bộ tiêu chí %1 (%2, %n mục): gói mang theo bộ tiêu chí này và nó được nhập cùng bản tự chấm điểm.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pardesk::PreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Nhập %1</translation>
    </message>
    <message>
        <source>I checked the fingerprint with %1: trust this certificate for it from now on</source>
        <translation>Tôi đã đối chiếu dấu vân tay với %1: tin cậy chứng thư số này cho đơn vị từ nay</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Thay thế</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
</context>
</TS>
