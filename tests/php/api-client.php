<?php
// The API v2 client most panel owners copy (the upstream document's example): form POST through
// curl with http_build_query, json_decode of the body, no look at the HTTP status. Run by
// tests/integration/reseller-api/php-client.test.ts against a running Upline:
//   php tests/php/api-client.php place <api-url> <key> <service-id>
//   php tests/php/api-client.php after <api-url> <key> <order-id> <cancel-order-id>
// Prints one JSON object of what each call decoded to; exits 1 when a check fails.

class Api
{
    public $api_url;
    public $api_key;

    public function __construct($url, $key)
    {
        $this->api_url = $url;
        $this->api_key = $key;
    }

    public function services() { return $this->call(['action' => 'services']); }
    public function order($data) { return $this->call(array_merge(['action' => 'add'], $data)); }
    public function status($order_id) { return $this->call(['action' => 'status', 'order' => $order_id]); }
    public function multiStatus($order_ids) { return $this->call(['action' => 'status', 'orders' => implode(',', (array) $order_ids)]); }
    public function refill($order_id) { return $this->call(['action' => 'refill', 'order' => $order_id]); }
    public function refillStatus($refill_id) { return $this->call(['action' => 'refill_status', 'refill' => $refill_id]); }
    public function multiRefillStatus($refill_ids) { return $this->call(['action' => 'refill_status', 'refills' => implode(',', $refill_ids)]); }
    public function cancel($order_ids) { return $this->call(['action' => 'cancel', 'orders' => implode(',', $order_ids)]); }
    public function balance() { return $this->call(['action' => 'balance']); }

    private function call($post_data)
    {
        $post_data['key'] = $this->api_key;
        $ch = curl_init();
        curl_setopt($ch, CURLOPT_URL, $this->api_url);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        curl_setopt($ch, CURLOPT_POST, true);
        curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($post_data));
        curl_setopt($ch, CURLOPT_USERAGENT, 'Mozilla/4.0 (compatible; MSIE 5.01; Windows NT 5.0)');
        $result = curl_exec($ch);
        if ($result === false) fail('curl: ' . curl_error($ch));
        curl_close($ch);
        $decoded = json_decode($result);
        if ($decoded === null) fail('not JSON: ' . substr($result, 0, 200));
        return $decoded;
    }
}

function fail($message)
{
    fwrite(STDERR, $message . "\n");
    exit(1);
}

function check($condition, $message)
{
    if (!$condition) fail('check failed: ' . $message);
}

[$script, $phase, $url, $key] = array_slice($argv, 0, 4);
$api = new Api($url, $key);
$out = [];

if ($phase === 'place') {
    $serviceId = (int) $argv[4];
    $services = $api->services();
    check(is_array($services) && count($services) > 0, 'services is a list');
    $mine = array_values(array_filter($services, function ($s) use ($serviceId) { return $s->service === $serviceId; }));
    check(count($mine) === 1 && is_string($mine[0]->rate) && is_bool($mine[0]->refill), 'service listed with v2 types');
    $out['services'] = $services;

    $order = $api->order(['service' => $serviceId, 'link' => 'https://instagram.com/php', 'quantity' => 100]);
    check(isset($order->order) && is_int($order->order), 'add returns an integer order id');
    $out['add'] = $order;
    $bad = $api->order(['service' => $serviceId, 'link' => 'https://instagram.com/php', 'quantity' => 1]);
    check(isset($bad->error), 'a quantity below min is an error');
    $out['addError'] = $bad;

    $status = $api->status($order->order);
    check(isset($status->status) && is_string($status->charge), 'status has a string charge');
    $out['status'] = $status;
    $out['multiStatus'] = $api->multiStatus([$order->order, 999999999]);
    check(isset($out['multiStatus']->{'999999999'}->error), 'unknown id has its own error');
    $out['balance'] = $api->balance();
    check(is_string($out['balance']->balance), 'balance is a string');
} elseif ($phase === 'after') {
    [$orderId, $cancelId] = [(int) $argv[4], (int) $argv[5]];
    $out['status'] = $api->status($orderId);
    $refill = $api->refill($orderId);
    check(isset($refill->refill), 'refill returns its id');
    $out['refill'] = $refill;
    $out['refillStatus'] = $api->refillStatus($refill->refill);
    $out['multiRefillStatus'] = $api->multiRefillStatus([$refill->refill, 888888888]);
    $out['cancel'] = $api->cancel([$cancelId, 777777777]);
    check(is_array($out['cancel']) && count($out['cancel']) === 2, 'cancel answers per order');
    $out['balance'] = $api->balance();
} else {
    fail("unknown phase $phase");
}

echo json_encode($out);
