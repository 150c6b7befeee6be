@extends('layouts.mail')

{{-- The welcome email, sent when an account is created. --}}
@section('content')
<p>Hi {{ $user->first_name }},</p>

@if ($user->onTrial())
<p>Your 14-day trial has started. Write to help@acme.com with any question.</p>
@else
<p>Thanks for subscribing to {!! $plan->name !!}. We reply to every email within 24 hours.</p>
@endif

@php
    $year = now()->year;
@endphp
<p>Follow @acme for news.</p>
@endsection
